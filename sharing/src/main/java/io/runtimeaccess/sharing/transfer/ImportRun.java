package io.runtimeaccess.sharing.transfer;

import io.runtimeaccess.sharing.api.Limits;
import io.runtimeaccess.sharing.api.Names;
import io.runtimeaccess.sharing.api.Policies;
import io.runtimeaccess.sharing.api.Representations;
import io.runtimeaccess.sharing.store.BuildEntity;
import io.runtimeaccess.sharing.store.EndUserGroupEntity;
import io.runtimeaccess.sharing.store.EndUserGroupStore;
import io.runtimeaccess.sharing.store.GroupAttributes;
import io.runtimeaccess.sharing.store.GroupMemberEntity;
import io.runtimeaccess.sharing.store.OwnedObject;
import io.runtimeaccess.sharing.store.OwnerStore;
import io.runtimeaccess.sharing.store.SharingStore;
import io.runtimeaccess.sharing.store.SolutionEntity;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
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
    private final OwnerImport owners;
    private final ImportAccessChanges accessChanges;
    private final ImportPrincipals principals;
    private final ImportLocks locks;

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
        this.locks = new ImportLocks(session);
    }

    /** What the pass would give each user, for the separation-of-duties guards. */
    ImportAccessChanges accessChanges() {
        return accessChanges;
    }

    Map<String, SolutionEntity> solutionsByName() {
        return solutionsByName;
    }

    Set<String> declaredSolutions() {
        return declaredBuilds.keySet();
    }

    Map<String, EndUserGroupEntity> groupsByName() {
        return groupsByName;
    }

    ImportPrincipals principals() {
        return principals;
    }

    void execute() {
        if (doc.format != SharingDocument.FORMAT) {
            problem("format: " + doc.format + " is not supported; expected " + SharingDocument.FORMAT);
            return;
        }
        if (write && !locks.lock(named(doc.solutions, s -> s.name, doc.grants, g -> g.solution, solutionsByName),
                named(doc.groups, g -> g.name, doc.grants, ImportRun::groupPrincipal, groupsByName))) {
            problem("a solution or group of the document was removed meanwhile; nothing was written");
        }
        each(doc.roles, "roles", this::role);
        flush();
        unique(doc.solutions, "solutions.name", s -> s.name);
        each(doc.solutions, "solutions", this::solution);
        flush();
        unique(doc.groups, "groups.name", g -> g.name);
        each(doc.groups, "groups", this::group);
        flush();
        each(doc.grants, "grants", new GrantImport(this, store, doc, importedBy, locks)::add);
    }

    /** The end-user group a grant of the document is to, by name as principals are looked up, or null. */
    private static String groupPrincipal(SharingDocument.Grant grant) {
        return "group".equalsIgnoreCase(grant.principalType) && grant.principal != null ? grant.principal.trim() : null;
    }

    /** The stored rows the document's items (and its other items) name. */
    private static <A, B, T> List<T> named(List<A> items, Function<A, String> name, List<B> others,
            Function<B, String> otherName, Map<String, T> byName) {
        Set<String> names = new HashSet<>();
        (items == null ? List.<A>of() : items).stream().filter(Objects::nonNull).map(name).forEach(names::add);
        (others == null ? List.<B>of() : others).stream().filter(Objects::nonNull).map(otherName).forEach(names::add);
        return names.stream().filter(Objects::nonNull).map(byName::get).filter(Objects::nonNull).toList();
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
        if (existing == null && store.solutionNameTaken(name)) {
            problem("solutions.name: '" + Limits.shown(name) + "' is an existing solution's name as the database"
                    + " compares names (on MariaDB, case and accents do not count)");
            return;
        }
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
        if (existing == null && groups.nameTaken(name)) {
            problem("groups.name: '" + Limits.shown(name) + "' is an existing group's name as the database compares"
                    + " names (on MariaDB, case and accents do not count)");
            return;
        }
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
}
