package io.runtimeaccess.sharing.transfer;

import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.api.Limits;
import io.runtimeaccess.sharing.api.Names;
import io.runtimeaccess.sharing.api.Policies;
import io.runtimeaccess.sharing.api.Representations;
import io.runtimeaccess.sharing.grant.GrantSource;
import io.runtimeaccess.sharing.grant.PrincipalType;
import io.runtimeaccess.sharing.store.BuildEntity;
import io.runtimeaccess.sharing.store.EndUserGroupEntity;
import io.runtimeaccess.sharing.store.EndUserGroupStore;
import io.runtimeaccess.sharing.store.GroupAttributes;
import io.runtimeaccess.sharing.store.GroupMemberEntity;
import io.runtimeaccess.sharing.store.OwnedObject;
import io.runtimeaccess.sharing.store.OwnerStore;
import io.runtimeaccess.sharing.store.SharingStore;
import io.runtimeaccess.sharing.store.SolutionEntity;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * One pass over an import document: records each change, and makes it when {@code write}. The plan
 * (no writes) checks every field and reference and reports each problem; the apply pass runs the same
 * checks, so a problem it finds anyway (a concurrent change) throws and the transaction rolls back.
 * The realm's current configuration is read once up front and kept in step with the pass, so a document
 * of thousands of grants costs a few queries, not a few per grant.
 */
final class ImportRun extends ImportSteps {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final SharingStore store;
    private final EndUserGroupStore groups;
    private final SharingDocument doc;
    private final String importedBy;
    private final Set<String> roles;
    private final Map<String, EndUserGroupEntity> groupsByName;
    private final Map<String, SolutionEntity> solutionsByName = new HashMap<>();
    /** Per solution name, its builds' policies as this document declares them. */
    private final Map<String, Map<String, String>> declaredBuilds = new HashMap<>();
    private final Map<String, Set<String>> adminMembers;
    private final Set<String> plannedMembers = new HashSet<>();
    private final Map<String, Set<String>> grantKeys = new HashMap<>();
    private final Map<String, List<String>> offered = new HashMap<>();
    private final OwnerImport owners;
    private final ImportAccessChanges accessChanges;
    private final ImportPrincipals principals;

    ImportRun(KeycloakSession session, RealmModel realm, SharingDocument doc, ImportPlan plan, boolean write,
            String importedBy) {
        super(plan, write);
        this.session = session;
        this.realm = realm;
        this.store = new SharingStore(session, realm);
        this.groups = new EndUserGroupStore(session, realm);
        this.doc = doc;
        this.importedBy = importedBy;
        this.roles = new HashSet<>(store.roleNames());
        this.groupsByName = groups.byName();
        this.adminMembers = groups.memberIds(GroupMemberEntity.ADMIN);
        store.solutions().forEach(solution -> solutionsByName.put(solution.getName(), solution));
        this.owners = new OwnerImport(new OwnerStore(session, realm), plan, write);
        this.accessChanges = new ImportAccessChanges(store, groups);
        this.principals = new ImportPrincipals(session, realm, doc);
    }

    /** What the pass would give each user, for the separation-of-duties guards. */
    ImportAccessChanges accessChanges() {
        return accessChanges;
    }

    void execute() {
        if (doc.format != SharingDocument.FORMAT) {
            problem("format: " + doc.format + " is not supported; expected " + SharingDocument.FORMAT);
            return;
        }
        each(doc.roles, "roles", this::role);
        flush();
        unique(doc.solutions, "solutions.name", s -> s.name);
        each(doc.solutions, "solutions", this::solution);
        flush();
        unique(doc.groups, "groups.name", g -> g.name);
        each(doc.groups, "groups", this::group);
        flush();
        each(doc.grants, "grants", this::grant);
    }

    /** Builds are checked against the role catalog in the database, so each kind is written before the next. */
    private void flush() {
        if (write) {
            try {
                session.getProvider(JpaConnectionProvider.class).getEntityManager().flush();
            } catch (ModelDuplicateException e) {
                // a unique key refused a row (Keycloak's entity manager reports it as ModelDuplicateException): two
                // names of the document that the database counts as one (MariaDB's usual collation ignores case and
                // accents), which no Java comparison can see beforehand
                problem("names: two names of the document are one name for the database (on MariaDB, names that"
                        + " differ only in case or accents); nothing was written");
            }
        }
    }

    private void role(Representations.Role role) {
        String name = Names.require("roles.name", role.name);
        Limits.text("roles.description", role.description, Limits.TEXT);
        if (roles.add(name)) {
            if (store.roleNameTaken(name)) {
                problem("roles.name: '" + Limits.shown(name) + "' is an existing role's name as the database compares"
                        + " names (on MariaDB, case and accents do not count)");
                return;
            }
            plan.created.add("role " + name);
            if (write) {
                store.persistRole(name, role.description);
            }
        } else {
            plan.unchanged++;
        }
    }

    private void solution(SharingDocument.Solution solution) {
        String name = Names.require("solutions.name", solution.name);
        SolutionEntity existing = solutionsByName.get(name);
        if (existing == null) {
            plan.created.add("solution " + name);
            if (write) {
                existing = store.createEmptySolution(name);
                solutionsByName.put(name, existing);
            }
        } else {
            plan.unchanged++;
        }
        Map<String, BuildEntity> builds = new HashMap<>();
        if (existing != null) {
            store.builds(existing.getId()).forEach(b -> builds.put(b.getName(), b));
        }
        Map<String, String> declared = declaredBuilds.computeIfAbsent(name, n -> new HashMap<>());
        SolutionEntity target = existing;
        each(solution.builds, "builds", build -> build(name, target, builds, declared, build));
        activate(name, existing, builds, declared, solution.activeBuild);
        OwnedObject owned = existing == null ? null : OwnedObject.solution(existing.getId());
        each(solution.owners, "solutions.owners", username -> owners.add("solutions.owners", owned,
                "solution " + name, principals.user("solutions.owners", username)));
    }

    private void build(String solutionName, SolutionEntity solution, Map<String, BuildEntity> builds,
            Map<String, String> declared, Representations.Build build) {
        String name = Names.require("builds.name", build.name);
        String policy = Policies.write(build);
        String earlier = declared.putIfAbsent(name, policy);
        if (earlier != null) {
            if (!Documents.samePolicy(earlier, policy)) {
                problem("builds: " + solutionName + "/" + name + " appears twice with different roles or resources");
            }
            return;
        }
        BuildEntity existing = builds.get(name);
        if (existing == null) {
            Policies.toCore("import", name, build, roles);
            plan.created.add("build " + solutionName + "/" + name);
            if (write) {
                builds.put(name, store.addBuild(solution, name, build));
            }
        } else if (!Documents.samePolicy(existing.getPolicy(), policy)) {
            problem("builds: " + solutionName + "/" + name + " exists with different roles or resources;"
                    + " builds are not changed by an import, give the new one another name");
        } else {
            plan.unchanged++;
        }
    }

    private void activate(String solutionName, SolutionEntity solution, Map<String, BuildEntity> builds,
            Map<String, String> declared, String activeBuild) {
        if (activeBuild == null) {
            return;
        }
        if (!declared.containsKey(activeBuild) && !builds.containsKey(activeBuild)) {
            problem("solutions.activeBuild: " + solutionName + " has no build '" + Limits.shown(activeBuild) + "'");
            return;
        }
        BuildEntity build = builds.get(activeBuild);
        if (solution != null && build != null && build.getId().equals(solution.getActiveBuildId())) {
            plan.unchanged++;
            return;
        }
        plan.updated.add("active build of " + solutionName + " -> " + activeBuild);
        if (write) {
            solution.setActiveBuildId(build.getId());
        }
    }

    private void group(SharingDocument.Group group) {
        String name = Names.requireGroup("groups.name", group.name);
        Limits.text("groups.description", group.description, Limits.TEXT);
        String attributes = GroupAttributes.toJson(Limits.attributes("groups.attributes", group.attributes));
        EndUserGroupEntity existing = groupsByName.get(name);
        boolean archivedBefore = existing != null && existing.isArchived();
        accessChanges.groupState(existing == null ? "(new group " + name + ")" : existing.getId(), archivedBefore,
                group.archived == null ? archivedBefore : group.archived);
        if (existing == null) {
            plan.created.add("group " + name);
            if (write) {
                existing = groups.create(name, group.description, attributes);
                existing.setArchived(Boolean.TRUE.equals(group.archived));
                groupsByName.put(name, existing);
            }
            // a member the document leaves out keeps its value, as in PUT groups/{id}
        } else if (group.description != null && !group.description.equals(existing.getDescription())
                || group.archived != null && existing.isArchived() != group.archived
                || group.attributes != null && !Documents.sameAttributes(existing.getAttributes(), attributes)) {
            plan.updated.add("group " + name);
            if (write) {
                existing.setDescription(group.description == null ? existing.getDescription() : group.description);
                existing.setArchived(group.archived == null ? existing.isArchived() : group.archived);
                existing.setAttributes(group.attributes == null ? existing.getAttributes() : attributes);
            }
        } else {
            plan.unchanged++;
        }
        EndUserGroupEntity target = existing;
        each(group.members, "groups.members", username -> member(name, target, username));
        OwnedObject owned = target == null ? null : OwnedObject.group(target.getId());
        each(group.owners, "groups.owners", username -> owners.add("groups.owners", owned, "group " + name,
                principals.user("groups.owners", username)));
    }

    private void member(String groupName, EndUserGroupEntity group, String username) {
        UserModel user = principals.user("groups.members", username);
        boolean present = group != null && adminMembers.getOrDefault(group.getId(), Set.of()).contains(user.getId());
        if (present || !plannedMembers.add(groupName + "|" + user.getId())) {
            plan.unchanged++;
            return;
        }
        plan.created.add("member " + groupName + "/" + username);
        accessChanges.member(group == null ? "(new group " + groupName + ")" : group.getId(), user.getId());
        if (write) {
            groups.persistMember(group, user.getId(), GroupMemberEntity.ADMIN);
        }
    }

    private void grant(SharingDocument.Grant grant) {
        if (grant.solution == null || grant.solution.isBlank()) {
            throw BadRequest.invalid("grants.solution", "is required");
        }
        Instant expiresAt = grant.expiresAt == null || grant.expiresAt.isBlank() ? null
                : Limits.instant("grants.expiresAt", grant.expiresAt);
        Documents.checkSource(grant.source);
        Limits.text("grants.reason", grant.reason, Limits.TEXT);
        SolutionEntity solution = solutionsByName.get(grant.solution);
        if (solution == null && !declaredBuilds.containsKey(grant.solution)) {
            throw BadRequest.invalid("grants.solution", "no solution '" + Limits.shown(grant.solution) + "'");
        }
        String principalId = principals.id(grant, groupsByName);
        // the expiry is part of the match: a permanent grant beside a timed one (or an expired one not yet cleaned
        // up) of the same role is a grant of its own
        String key = grant.principalType + "|" + principalId + "|" + grant.role + "|"
                + (expiresAt == null ? "" : expiresAt.toEpochMilli());
        Set<String> existing = existingGrants(grant.solution, solution);
        if (existing.contains(key)) {
            // as it is here, even of a role the Active Policy no longer offers: importing an export is idempotent
            plan.unchanged++;
            return;
        }
        List<String> offeredRoles = offered.computeIfAbsent(grant.solution,
                name -> Documents.offeredRoles(store, doc, name, solution));
        if (!offeredRoles.contains(grant.role)) {
            throw BadRequest.invalid("grants.role", "'" + Limits.shown(grant.role) + "' is not offered by the Active Policy of "
                    + grant.solution + ", which offers " + offeredRoles);
        }
        existing.add(key);
        accessChanges.grant(grant.principalType, principalId, solution == null ? null : solution.getId(), grant.role);
        plan.created.add("grant " + grant.solution + " " + grant.principalType + ":" + grant.principal + " " + grant.role);
        if (write) {
            // The document's source and granter are not trusted: the import and the importing admin made it.
            store.persistGrant(solution, PrincipalType.valueOf(grant.principalType.toUpperCase(Locale.ROOT)), principalId,
                    grant.role, expiresAt, GrantSource.IMPORT, importedBy, grant.reason);
        }
    }

    /** The grant keys (type|principal|role|expiry) of a solution: those stored, and those this pass added. */
    private Set<String> existingGrants(String solutionName, SolutionEntity solution) {
        return grantKeys.computeIfAbsent(solutionName, name -> {
            Set<String> keys = new HashSet<>();
            if (solution != null) {
                store.grants(solution.getId()).forEach(g -> keys.add(g.getPrincipalType().toLowerCase(Locale.ROOT) + "|"
                        + g.getPrincipalId() + "|" + g.getRoleName() + "|"
                        + (g.getExpiresAt() == null ? "" : g.getExpiresAt())));
            }
            return keys;
        });
    }
}
