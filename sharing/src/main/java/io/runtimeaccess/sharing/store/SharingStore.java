package io.runtimeaccess.sharing.store;

import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.api.Limits;
import io.runtimeaccess.sharing.api.Policies;
import io.runtimeaccess.sharing.api.Representations;
import io.runtimeaccess.sharing.grant.Grant;
import io.runtimeaccess.sharing.grant.GrantSource;
import io.runtimeaccess.sharing.grant.PrincipalType;
import io.runtimeaccess.sharing.policy.Build;
import io.runtimeaccess.sharing.policy.Solution;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/** Reads and writes one realm's sharing configuration. Every query is scoped to the realm. */
public final class SharingStore {

    public static final String DEFAULT_ROLE = "user";

    private final EntityManager em;
    private final String realmId;
    private final EndUserGroupStore groups;

    public SharingStore(KeycloakSession session, RealmModel realm) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        this.realmId = realm.getId();
        this.groups = new EndUserGroupStore(session, realm);
    }

    /**
     * Whether the user holds the role on the solution now, as a check counts it: a grant to the user or to an end-user
     * group the user is a member of (of any source) that is not archived, and not expired.
     */
    public boolean holdsNow(String userId, String solutionId, String role) {
        long now = System.currentTimeMillis();
        Predicate<GrantEntity> same = g -> g.getSolutionId().equals(solutionId) && g.getRoleName().equals(role)
                && (g.getExpiresAt() == null || g.getExpiresAt() > now);
        if (grantsTo(PrincipalType.USER, userId).stream().anyMatch(same)) {
            return true;
        }
        return groups.membershipsOf(userId).stream().map(GroupMemberEntity::getGroupId).distinct()
                .filter(groupId -> !groups.group(groupId).isArchived())
                .anyMatch(groupId -> grantsTo(PrincipalType.GROUP, groupId).stream().anyMatch(same));
    }

    public List<RuntimeRoleEntity> roles() {
        return em.createNamedQuery("RuntimeRole.byRealm", RuntimeRoleEntity.class).setParameter("realmId", realmId)
                .getResultList();
    }

    public Set<String> roleNames() {
        return roles().stream().map(RuntimeRoleEntity::getName).collect(Collectors.toSet());
    }

    /** Whether a role has this name as the database compares names ({@link StoredNames}). */
    public boolean roleNameTaken(String name) {
        return StoredNames.taken(em, RuntimeRoleEntity.class, realmId, name, null);
    }

    public RuntimeRoleEntity createRole(String name, String description) {
        if (roleNameTaken(name)) {
            throw BadRequest.conflict("name", "role '" + name + "' already exists");
        }
        return persistRole(name, description);
    }

    /** Adds a role whose name the caller has checked is free (an import checks a whole document at once). */
    public RuntimeRoleEntity persistRole(String name, String description) {
        RuntimeRoleEntity role = new RuntimeRoleEntity();
        role.setId(KeycloakModelUtils.generateId());
        role.setRealmId(realmId);
        role.setName(name);
        role.setDescription(description);
        em.persist(role);
        return role;
    }

    /** Deletes a role from the catalog, every build and every grant; returns {builds changed, grants removed}. */
    public int[] deleteRole(String name) {
        RuntimeRoleEntity role = roles().stream().filter(r -> r.getName().equals(name)).findFirst()
                .orElseThrow(() -> BadRequest.notFound("name", "no role '" + name + "'"));
        // the role's row first, so two deletions of one role do not both go on (a share waits on the builds locked
        // below, see requireOffered)
        if (!RealmRows.stillThere(em, role, LockModeType.PESSIMISTIC_WRITE)) {
            throw BadRequest.notFound("name", "no role '" + name + "'");
        }
        int builds = 0;
        // locked and read as committed: two roles deleted at once would each write back the other's role
        for (BuildEntity build : em.createNamedQuery("Build.byRealm", BuildEntity.class)
                .setParameter("realmId", realmId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()) {
            Representations.Build doc = Policies.read(build.getPolicy());
            if (Policies.withoutRole(doc, name)) {
                build.setPolicy(Policies.write(doc));
                builds++;
            }
        }
        int grants = em.createQuery("delete from GrantEntity g where g.realmId = :realmId and g.roleName = :role")
                .setParameter("realmId", realmId).setParameter("role", name).executeUpdate();
        em.remove(role);
        return new int[] {builds, grants};
    }

    public List<SolutionEntity> solutions() {
        return em.createNamedQuery("Solution.byRealm", SolutionEntity.class).setParameter("realmId", realmId)
                .getResultList();
    }

    public SolutionEntity solution(String id) {
        SolutionEntity solution = !Limits.lookable(id) ? null : em.find(SolutionEntity.class, id);
        if (solution == null || !solution.getRealmId().equals(realmId)) {
            throw BadRequest.notFound("solutionId", "no solution '" + Limits.shown(id) + "' in this organization");
        }
        return solution;
    }

    /** A new solution starts with build "1", which needs the default role and is the Active Policy. */
    public SolutionEntity createSolution(String name) {
        requireFreeSolutionName(name);
        String defaultRole = defaultRole();
        SolutionEntity solution = createEmptySolution(name);
        Representations.Build first = new Representations.Build();
        first.roles = new ArrayList<>(List.of(defaultRole));
        first.resources = new ArrayList<>();
        BuildEntity build = addBuild(solution, "1", first);
        solution.setActiveBuildId(build.getId());
        return solution;
    }

    /**
     * The catalog's default role, created when missing. A role the database holds equal to {@code user} is that role
     * (on MariaDB names compare ignoring case, so a catalog role {@code User} is the one a second could not join).
     */
    private String defaultRole() {
        List<String> stored = StoredNames.storedAs(em, RuntimeRoleEntity.class, realmId, DEFAULT_ROLE);
        if (stored.isEmpty()) {
            createRole(DEFAULT_ROLE, "Default runtime role of new solutions");
            return DEFAULT_ROLE;
        }
        return stored.contains(DEFAULT_ROLE) ? DEFAULT_ROLE : stored.get(0);
    }

    /** A solution without builds, for imports that bring their own. */
    public SolutionEntity createEmptySolution(String name) {
        requireFreeSolutionName(name);
        SolutionEntity solution = new SolutionEntity();
        solution.setId(KeycloakModelUtils.generateId());
        solution.setRealmId(realmId);
        solution.setName(name);
        em.persist(solution);
        return solution;
    }

    /** Whether a solution of the realm has the name as the database compares names (MariaDB ignores case). */
    public boolean solutionNameTaken(String name) {
        return StoredNames.taken(em, SolutionEntity.class, realmId, name, null);
    }

    private void requireFreeSolutionName(String name) {
        if (solutionNameTaken(name)) {
            throw BadRequest.conflict("name", "solution '" + name + "' already exists");
        }
    }

    public List<BuildEntity> builds(String solutionId) {
        return em.createNamedQuery("Build.bySolution", BuildEntity.class).setParameter("solutionId", solutionId)
                .getResultList();
    }

    /**
     * A new build, its name unique in the solution. Builds of one solution are added one after the other (the
     * solution's row locked, its builds read with a locking read, which sees what another transaction committed while
     * this one waited, also under MariaDB's repeatable read): two builds of one name would make the solution's export
     * unimportable.
     */
    public BuildEntity addBuild(SolutionEntity solution, String name, Representations.Build doc) {
        em.lock(solution, LockModeType.PESSIMISTIC_WRITE);
        List<BuildEntity> builds = em.createNamedQuery("Build.bySolution", BuildEntity.class)
                .setParameter("solutionId", solution.getId()).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (builds.stream().anyMatch(b -> b.getName().equals(name))) {
            throw BadRequest.conflict("name", "build '" + name + "' already exists in this solution");
        }
        Policies.toCore("new", name, doc, roleNames());
        BuildEntity build = new BuildEntity();
        build.setId(KeycloakModelUtils.generateId());
        build.setRealmId(realmId);
        build.setSolutionId(solution.getId());
        build.setName(name);
        build.setPolicy(Policies.write(doc));
        build.setCreatedAt(System.currentTimeMillis());
        em.persist(build);
        return build;
    }

    public BuildEntity build(SolutionEntity solution, String buildId) {
        BuildEntity build = !Limits.lookable(buildId) ? null : em.find(BuildEntity.class, buildId);
        if (build == null || !build.getSolutionId().equals(solution.getId())) {
            throw BadRequest.notFound("buildId", "no build '" + Limits.shown(buildId) + "' in solution " + solution.getName());
        }
        return build;
    }

    /** All grants to one principal, across solutions. */
    public List<GrantEntity> grantsTo(PrincipalType type, String principalId) {
        return em.createQuery("select g from GrantEntity g where g.realmId = :realmId and g.principalType = :type"
                + " and g.principalId = :principalId order by g.grantedAt, g.id", GrantEntity.class)
                .setParameter("realmId", realmId).setParameter("type", type.name())
                .setParameter("principalId", principalId).getResultList();
    }

    public List<GrantEntity> grants(String solutionId) {
        return em.createNamedQuery("Grant.bySolution", GrantEntity.class).setParameter("solutionId", solutionId)
                .getResultList();
    }

    public GrantEntity addGrant(SolutionEntity solution, PrincipalType type, String principalId, String role,
            Instant expiresAt, GrantSource source, String grantedBy, String reason) {
        requireOffered(solution, role);
        return persistGrant(solution, type, principalId, role, expiresAt, source, grantedBy, reason);
    }

    /** Whether the solution is this realm's and its Active Policy offers the role: a read that never refuses. */
    public boolean offers(String solutionId, String role) {
        SolutionEntity solution = !Limits.lookable(solutionId) ? null : em.find(SolutionEntity.class, solutionId);
        BuildEntity active = solution == null || !solution.getRealmId().equals(realmId) ? null : activeBuild(solution);
        return active != null && Policies.read(active.getPolicy()).roles.contains(role);
    }

    /** The solution's Active Policy build, or null without one. */
    private BuildEntity activeBuild(SolutionEntity solution) {
        return solution.getActiveBuildId() == null ? null : em.find(BuildEntity.class, solution.getActiveBuildId());
    }

    /** A 400 naming {@code role} unless the solution's Active Policy offers it. */
    public void requireOffered(SolutionEntity solution, String role) {
        // the solution before its build, as a new build locks them (a share then locks its grants, see SolutionLock),
        // read again: its Active Policy may have been switched while this one waited
        if (!RealmRows.stillThere(em, solution, LockModeType.PESSIMISTIC_WRITE)) {
            throw BadRequest.notFound("solutionId", "no solution '" + Limits.shown(solution.getId()) + "'");
        }
        BuildEntity active = activeBuild(solution);
        // read again with a shared lock: a role deleted meanwhile (its deletion rewrites every build it is in,
        // holding them) is then seen gone, instead of a grant of it stored past the deletion's own clean-up
        if (active != null && !RealmRows.stillThere(em, active, LockModeType.PESSIMISTIC_READ)) {
            active = null;
        }
        if (active == null) {
            throw BadRequest.invalid("role", "'" + role + "' is not offered: solution " + solution.getName()
                    + " has no Active Policy. Activate one of its builds first.");
        }
        List<String> offered = Policies.read(active.getPolicy()).roles;
        if (!offered.contains(role)) {
            throw BadRequest.invalid("role", "'" + role + "' is not offered by the Active Policy: build '"
                    + active.getName() + "' is active and offers " + offered
                    + ". Add the role to that build, or activate a build that has it.");
        }
    }

    /** Adds a grant the caller has checked against the Active Policy (an import checks a whole document at once). */
    public GrantEntity persistGrant(SolutionEntity solution, PrincipalType type, String principalId, String role,
            Instant expiresAt, GrantSource source, String grantedBy, String reason) {
        GrantEntity grant = new GrantEntity();
        grant.setId(KeycloakModelUtils.generateId());
        grant.setRealmId(realmId);
        grant.setSolutionId(solution.getId());
        grant.setPrincipalType(type.name());
        grant.setPrincipalId(principalId);
        grant.setRoleName(role);
        grant.setExpiresAt(expiresAt == null ? null : expiresAt.toEpochMilli());
        grant.setGrantedAt(System.currentTimeMillis());
        grant.setGrantedBy(grantedBy);
        grant.setSource(source.name());
        grant.setReason(reason);
        em.persist(grant);
        return grant;
    }

    /**
     * Removes a grant, its row locked first: two removals at once (a double click, an admin and the expiry sweep)
     * take turns, and the second finds it gone (404) instead of deleting a row that is no longer there (a 500).
     * Another realm's grant is never locked, only to answer 404.
     */
    public GrantEntity removeGrant(SolutionEntity solution, String grantId) {
        GrantEntity grant = !Limits.lookable(grantId) ? null
                : RealmRows.lockedInRealm(em, GrantEntity.class, grantId, realmId, GrantEntity::getRealmId);
        if (grant == null || !grant.getSolutionId().equals(solution.getId())) {
            throw BadRequest.notFound("grantId", "no grant '" + Limits.shown(grantId) + "' on solution " + solution.getName());
        }
        em.remove(grant);
        return grant;
    }

    /** Deletes every grant to one principal, across solutions; returns how many went. */
    public int deleteGrantsTo(PrincipalType type, String principalId) {
        return em.createQuery("delete from GrantEntity g where g.realmId = :realmId and g.principalType = :type"
                + " and g.principalId = :principalId").setParameter("realmId", realmId).setParameter("type", type.name())
                .setParameter("principalId", principalId).executeUpdate();
    }

    /**
     * Deletes a removed Keycloak user's grants and group memberships; returns {grants, memberships}. Grants
     * the user made as an admin keep their {@code grantedBy}: that is a record of what happened.
     */
    public int[] deleteUser(String userId) {
        return new int[] {deleteGrantsTo(PrincipalType.USER, userId), groups.deleteMemberships(userId)};
    }

    /** Deletes every sharing row of the realm; called when Keycloak removes the realm. */
    public void deleteRealm() {
        for (String entity : List.of("OwnerEntity", "GrantEntity", "BuildEntity", "GroupMemberEntity", "EndUserGroupEntity",
                "SolutionEntity", "RuntimeRoleEntity")) {
            em.createQuery("delete from " + entity + " e where e.realmId = :realmId").setParameter("realmId", realmId)
                    .executeUpdate();
        }
    }
}
