package io.runtimeaccess.sharing.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import io.runtimeaccess.sharing.api.Names;
import io.runtimeaccess.sharing.api.Policies;
import io.runtimeaccess.sharing.api.Representations;
import io.runtimeaccess.sharing.grant.GrantSource;
import io.runtimeaccess.sharing.grant.PrincipalType;
import io.runtimeaccess.sharing.store.BuildEntity;
import io.runtimeaccess.sharing.store.EndUserGroupEntity;
import io.runtimeaccess.sharing.store.EndUserGroupStore;
import io.runtimeaccess.sharing.store.GrantEntity;
import io.runtimeaccess.sharing.store.GroupAttributes;
import io.runtimeaccess.sharing.store.GroupMemberEntity;
import io.runtimeaccess.sharing.store.RuntimeRoleEntity;
import io.runtimeaccess.sharing.store.SharingStore;
import io.runtimeaccess.sharing.store.SolutionEntity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.util.JsonSerialization;

/**
 * Exports a realm's sharing configuration by name and imports it into another realm. An import first
 * plans every change; a dry run returns the plan, an apply performs it only when the plan has no
 * problems, and applying the same document twice changes nothing the second time.
 */
public final class SharingTransfer {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final SharingStore store;
    private final EndUserGroupStore groups;

    public SharingTransfer(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.store = new SharingStore(session, realm);
        this.groups = new EndUserGroupStore(session, realm);
    }

    public SharingDocument export() {
        SharingDocument doc = new SharingDocument();
        for (RuntimeRoleEntity role : store.roles()) {
            Representations.Role rep = new Representations.Role();
            rep.name = role.getName();
            rep.description = role.getDescription();
            doc.roles.add(rep);
        }
        Map<String, String> groupNames = new HashMap<>();
        for (EndUserGroupEntity group : groups.search(null, 0, Integer.MAX_VALUE)) {
            groupNames.put(group.getId(), group.getName());
            doc.groups.add(exportGroup(group));
        }
        for (SolutionEntity solution : store.solutions()) {
            SharingDocument.Solution rep = new SharingDocument.Solution();
            rep.name = solution.getName();
            for (BuildEntity build : store.builds(solution.getId())) {
                Representations.Build buildRep = Policies.read(build.getPolicy());
                buildRep.name = build.getName();
                rep.builds.add(buildRep);
                if (build.getId().equals(solution.getActiveBuildId())) {
                    rep.activeBuild = build.getName();
                }
            }
            doc.solutions.add(rep);
            for (GrantEntity grant : store.grants(solution.getId())) {
                doc.grants.add(exportGrant(solution, grant, groupNames));
            }
        }
        return doc;
    }

    private SharingDocument.Group exportGroup(EndUserGroupEntity group) {
        SharingDocument.Group rep = new SharingDocument.Group();
        rep.name = group.getName();
        rep.description = group.getDescription();
        rep.archived = group.isArchived();
        rep.attributes = GroupAttributes.fromJson(group.getAttributes());
        for (GroupMemberEntity member : groups.members(group.getId())) {
            UserModel user = session.users().getUserById(realm, member.getUserId());
            if (user != null && GroupMemberEntity.ADMIN.equals(member.getSource())) {
                rep.members.add(user.getUsername());
            }
        }
        return rep;
    }

    private SharingDocument.Grant exportGrant(SolutionEntity solution, GrantEntity grant, Map<String, String> groupNames) {
        SharingDocument.Grant rep = new SharingDocument.Grant();
        rep.solution = solution.getName();
        boolean user = PrincipalType.USER.name().equals(grant.getPrincipalType());
        rep.principalType = user ? "user" : "group";
        if (user) {
            UserModel model = session.users().getUserById(realm, grant.getPrincipalId());
            rep.principal = model == null ? grant.getPrincipalId() : model.getUsername();
        } else {
            rep.principal = groupNames.get(grant.getPrincipalId());
        }
        rep.role = grant.getRoleName();
        rep.expiresAt = grant.getExpiresAt() == null ? null : Instant.ofEpochMilli(grant.getExpiresAt()).toString();
        rep.source = grant.getSource().toLowerCase();
        rep.reason = grant.getReason();
        return rep;
    }

    /** Plans the import; performs it when {@code apply} and the plan has no problems. */
    public ImportPlan importDocument(SharingDocument doc, boolean apply) {
        ImportPlan plan = new ImportPlan();
        plan.dryRun = !apply;
        new Run(doc, plan, false).execute();
        if (apply && plan.problems.isEmpty()) {
            ImportPlan applied = new ImportPlan();
            // The run keeps its own view of what it wrote, so its few queries need not flush thousands of
            // new rows first; everything is flushed once, at commit.
            EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
            FlushModeType before = em.getFlushMode();
            em.setFlushMode(FlushModeType.COMMIT);
            try {
                new Run(doc, applied, true).execute();
            } finally {
                em.setFlushMode(before);
            }
            applied.applied = true;
            return applied;
        }
        return plan;
    }

    /**
     * One pass over the document: records each change, and makes it when {@code write}. The realm's
     * current configuration is read once up front and kept in step with the writes, so a document of
     * thousands of grants costs a few queries, not a few per grant.
     */
    private final class Run {
        private final SharingDocument doc;
        private final ImportPlan plan;
        private final boolean write;
        private final Set<String> roles;
        private final Map<String, EndUserGroupEntity> groupsByName;
        private final Map<String, SolutionEntity> solutionsByName = new HashMap<>();
        private final Map<String, Set<String>> adminMembers;
        private final Map<String, Set<String>> grantKeys = new HashMap<>();
        private final Map<String, List<String>> offered = new HashMap<>();

        Run(SharingDocument doc, ImportPlan plan, boolean write) {
            this.doc = doc;
            this.plan = plan;
            this.write = write;
            this.roles = new HashSet<>(store.roleNames());
            this.groupsByName = groups.byName();
            this.adminMembers = groups.memberIds(GroupMemberEntity.ADMIN);
            store.solutions().forEach(solution -> solutionsByName.put(solution.getName(), solution));
        }

        void execute() {
            if (doc.format != SharingDocument.FORMAT) {
                plan.problems.add("format: " + doc.format + " is not supported; expected " + SharingDocument.FORMAT);
                return;
            }
            doc.roles.forEach(this::role);
            flush();
            doc.solutions.forEach(this::solution);
            flush();
            doc.groups.forEach(this::group);
            flush();
            doc.grants.forEach(this::grant);
        }

        /** Builds are checked against the role catalog in the database, so each kind is written before the next. */
        private void flush() {
            if (write) {
                session.getProvider(JpaConnectionProvider.class).getEntityManager().flush();
            }
        }

        private void role(Representations.Role role) {
            String name = Names.require("roles.name", role.name);
            if (roles.add(name)) {
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
            for (Representations.Build build : solution.builds) {
                build(name, existing, builds, build);
            }
            activate(name, existing, builds, solution.activeBuild);
        }

        private void build(String solutionName, SolutionEntity solution, Map<String, BuildEntity> builds,
                Representations.Build build) {
            String name = Names.require("builds.name", build.name);
            BuildEntity existing = builds.get(name);
            if (existing == null) {
                Policies.toCore("import", name, build, roles);
                plan.created.add("build " + solutionName + "/" + name);
                if (write) {
                    builds.put(name, store.addBuild(solution, name, build));
                }
            } else if (!samePolicy(existing.getPolicy(), Policies.write(build))) {
                plan.problems.add("builds: " + solutionName + "/" + name + " exists with different roles or resources;"
                        + " builds are not changed by an import, give the new one another name");
            } else {
                plan.unchanged++;
            }
        }

        private void activate(String solutionName, SolutionEntity solution, Map<String, BuildEntity> builds,
                String activeBuild) {
            if (activeBuild == null) {
                return;
            }
            boolean declared = doc.solutions.stream().filter(s -> s.name.equals(solutionName))
                    .flatMap(s -> s.builds.stream()).anyMatch(b -> activeBuild.equals(b.name));
            if (!declared && !builds.containsKey(activeBuild)) {
                plan.problems.add("solutions.activeBuild: " + solutionName + " has no build '" + activeBuild + "'");
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
            String name = Names.require("groups.name", group.name);
            EndUserGroupEntity existing = groupsByName.get(name);
            String attributes = GroupAttributes.toJson(group.attributes);
            if (existing == null) {
                plan.created.add("group " + name);
                if (write) {
                    existing = groups.create(name, group.description, attributes);
                    existing.setArchived(group.archived);
                    groupsByName.put(name, existing);
                }
            } else if (!Objects.equals(existing.getDescription(), group.description)
                    || existing.isArchived() != group.archived || !sameAttributes(existing.getAttributes(), attributes)) {
                plan.updated.add("group " + name);
                if (write) {
                    existing.setDescription(group.description);
                    existing.setArchived(group.archived);
                    existing.setAttributes(attributes);
                }
            } else {
                plan.unchanged++;
            }
            for (String username : group.members) {
                member(name, existing, username);
            }
        }

        private void member(String groupName, EndUserGroupEntity group, String username) {
            UserModel user = session.users().getUserByUsername(realm, username);
            if (user == null) {
                plan.problems.add("groups.members: no user '" + username + "' for group " + groupName);
                return;
            }
            boolean present = group != null
                    && adminMembers.getOrDefault(group.getId(), Set.of()).contains(user.getId());
            if (present) {
                plan.unchanged++;
                return;
            }
            plan.created.add("member " + groupName + "/" + username);
            if (write) {
                groups.persistMember(group, user.getId(), GroupMemberEntity.ADMIN);
                adminMembers.computeIfAbsent(group.getId(), g -> new HashSet<>()).add(user.getId());
            }
        }

        private void grant(SharingDocument.Grant grant) {
            String label = "grant " + grant.solution + " " + grant.principalType + ":" + grant.principal + " " + grant.role;
            SolutionEntity solution = solutionsByName.get(grant.solution);
            boolean solutionDeclared = doc.solutions.stream().anyMatch(s -> s.name.equals(grant.solution));
            if (solution == null && !solutionDeclared) {
                plan.problems.add("grants.solution: no solution '" + grant.solution + "'");
                return;
            }
            String principalId = principalId(grant);
            if (principalId == null) {
                return;
            }
            List<String> offeredRoles = offered.computeIfAbsent(grant.solution, name -> offeredRoles(name, solution));
            if (!offeredRoles.contains(grant.role)) {
                plan.problems.add("grants.role: '" + grant.role + "' is not offered by the Active Policy of "
                        + grant.solution + ", which offers " + offeredRoles);
                return;
            }
            String key = grantKey(grant.principalType, principalId, grant.role);
            if (solution != null && existingGrants(solution).contains(key)) {
                plan.unchanged++;
                return;
            }
            plan.created.add(label);
            if (write) {
                store.persistGrant(solution, PrincipalType.valueOf(grant.principalType.toUpperCase()), principalId,
                        grant.role, grant.expiresAt == null ? null : Instant.parse(grant.expiresAt), source(grant.source),
                        null, grant.reason);
                existingGrants(solution).add(key);
            }
        }

        private Set<String> existingGrants(SolutionEntity solution) {
            return grantKeys.computeIfAbsent(solution.getId(), id -> {
                Set<String> keys = new HashSet<>();
                store.grants(id).forEach(g -> keys.add(grantKey(g.getPrincipalType(), g.getPrincipalId(), g.getRoleName())));
                return keys;
            });
        }

        private String grantKey(String principalType, String principalId, String role) {
            return principalType.toUpperCase() + "|" + principalId + "|" + role;
        }

        /** The roles of the build that will be the Active Policy once the document is applied. */
        private List<String> offeredRoles(String solutionName, SolutionEntity solution) {
            SharingDocument.Solution declared = doc.solutions.stream().filter(s -> s.name.equals(solutionName))
                    .findFirst().orElse(null);
            if (declared != null && declared.activeBuild != null) {
                for (Representations.Build build : declared.builds) {
                    if (declared.activeBuild.equals(build.name)) {
                        return build.roles == null ? List.of() : build.roles;
                    }
                }
            }
            if (solution != null && solution.getActiveBuildId() != null) {
                return Policies.read(store.build(solution, solution.getActiveBuildId()).getPolicy()).roles;
            }
            return List.of();
        }

        /** The principal's id here; a group the document creates has none yet during a dry run. */
        private String principalId(SharingDocument.Grant grant) {
            if ("user".equals(grant.principalType)) {
                UserModel user = session.users().getUserByUsername(realm, grant.principal);
                if (user == null) {
                    plan.problems.add("grants.principal: no user '" + grant.principal + "'");
                    return null;
                }
                return user.getId();
            }
            if ("group".equals(grant.principalType)) {
                EndUserGroupEntity group = groupsByName.get(grant.principal);
                if (group != null) {
                    return group.getId();
                }
                if (doc.groups.stream().anyMatch(g -> g.name.equals(grant.principal))) {
                    return "(new group " + grant.principal + ")";
                }
                plan.problems.add("grants.principal: no group '" + grant.principal + "'");
                return null;
            }
            plan.problems.add("grants.principalType: '" + grant.principalType + "' is not one of user, group");
            return null;
        }
    }

    private static GrantSource source(String source) {
        return source == null ? GrantSource.ADMIN : GrantSource.valueOf(source.toUpperCase());
    }

    private static boolean samePolicy(String a, String b) {
        return tree(a).equals(tree(b));
    }

    private static boolean sameAttributes(String a, String b) {
        return Objects.equals(a == null ? null : tree(a), b == null ? null : tree(b));
    }

    private static JsonNode tree(String json) {
        try {
            return JsonSerialization.mapper.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What an import does (or, in a dry run, would do). */
    public static final class ImportPlan {
        public boolean dryRun;
        public boolean applied;
        public List<String> created = new ArrayList<>();
        public List<String> updated = new ArrayList<>();
        public int unchanged;
        public List<String> problems = new ArrayList<>();
    }
}
