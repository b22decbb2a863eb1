package io.runtimeaccess.sharing.store;

import io.runtimeaccess.sharing.api.Policies;
import io.runtimeaccess.sharing.grant.PrincipalType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * The admin API's lists that grow with use, a page at a time and filtered in the query: a case-insensitive
 * substring {@code search} (null for none) becomes a {@code like} on the lower-cased column, so no list is
 * ever loaded whole to be filtered in memory. Every query is scoped to the realm.
 */
public final class Listings {

    private final EntityManager em;
    private final String realmId;

    public Listings(KeycloakSession session, RealmModel realm) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        this.realmId = realm.getId();
    }

    /**
     * {@code %search%} in lower case with {@code %}, {@code _} and backslash taken literally. Backslash is the
     * default {@code like} escape of PostgreSQL, MariaDB and H2, so the queries need no {@code escape} clause
     * (whose literal MariaDB would read as an escape of its own).
     */
    public static String pattern(String search) {
        String text = search == null ? "" : search.toLowerCase(Locale.ROOT);
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    public List<SolutionEntity> solutions(String search, int first, int max) {
        return page(em.createQuery("select s from SolutionEntity s where s.realmId = :realmId"
                + " and lower(s.name) like :pattern order by s.name", SolutionEntity.class), search, first, max);
    }

    public List<RuntimeRoleEntity> roles(String search, int first, int max) {
        return page(em.createQuery("select r from RuntimeRoleEntity r where r.realmId = :realmId"
                + " and lower(r.name) like :pattern order by r.name", RuntimeRoleEntity.class), search, first, max);
    }

    /** Groups by name; {@code archived} null for all, else only archived or only active ones. */
    public List<EndUserGroupEntity> groups(String search, Boolean archived, int first, int max) {
        String filter = archived == null ? "" : " and g.archived = " + (archived ? "true" : "false");
        return page(em.createQuery("select g from EndUserGroupEntity g where g.realmId = :realmId"
                + " and lower(g.name) like :pattern" + filter + " order by g.name", EndUserGroupEntity.class),
                search, first, max);
    }

    /**
     * A group's memberships in the order they were added. A search matches Keycloak's stored username or
     * email, so it finds users stored in Keycloak's database (local and imported federated ones).
     */
    public List<GroupMemberEntity> members(String groupId, String search, int first, int max) {
        if (search == null || search.isEmpty()) {
            return em.createNamedQuery("GroupMember.byGroup", GroupMemberEntity.class).setParameter("groupId", groupId)
                    .setFirstResult(first).setMaxResults(max).getResultList();
        }
        return page(em.createQuery("select m from GroupMemberEntity m where m.realmId = :realmId and m.groupId = :groupId"
                + " and exists (select u.id from UserEntity u where u.id = m.userId and u.realmId = :realmId"
                + " and (lower(u.username) like :pattern or lower(u.email) like :pattern))"
                + " order by m.addedAt, m.id", GroupMemberEntity.class).setParameter("groupId", groupId), search, first, max);
    }

    /** A solution's grants as granted; a search matches a user principal's username or email, or a group's name. */
    public List<GrantEntity> grants(String solutionId, String search, int first, int max) {
        if (search == null || search.isEmpty()) {
            return em.createNamedQuery("Grant.bySolution", GrantEntity.class).setParameter("solutionId", solutionId)
                    .setFirstResult(first).setMaxResults(max).getResultList();
        }
        return page(em.createQuery("select g from GrantEntity g where g.realmId = :realmId and g.solutionId = :solutionId"
                + " and ((g.principalType = :user and exists (select u.id from UserEntity u where u.id = g.principalId"
                + " and u.realmId = :realmId and (lower(u.username) like :pattern"
                + " or lower(u.email) like :pattern)))"
                + " or (g.principalType = :group and exists (select e.id from EndUserGroupEntity e"
                + " where e.id = g.principalId and lower(e.name) like :pattern)))"
                + " order by g.grantedAt, g.id", GrantEntity.class).setParameter("solutionId", solutionId)
                .setParameter("user", PrincipalType.USER.name()).setParameter("group", PrincipalType.GROUP.name()),
                search, first, max);
    }

    /** How many builds (of any solution) list the role, and how many grants give it: {builds, grants}. */
    public long[] roleUsage(String role) {
        long builds = em.createQuery("select b.policy from BuildEntity b where b.realmId = :realmId", String.class)
                .setParameter("realmId", realmId).getResultStream()
                .filter(policy -> {
                    List<String> roles = Policies.read(policy).roles;
                    return roles != null && roles.contains(role);
                }).count();
        long grants = em.createQuery("select count(g) from GrantEntity g where g.realmId = :realmId and g.roleName = :role",
                Long.class).setParameter("realmId", realmId).setParameter("role", role).getSingleResult();
        return new long[] {builds, grants};
    }

    /** The ids of the end-user groups the user is a member of, from any source. */
    public List<String> groupIdsOf(String userId) {
        return em.createQuery("select distinct m.groupId from GroupMemberEntity m where m.realmId = :realmId"
                + " and m.userId = :userId", String.class).setParameter("realmId", realmId)
                .setParameter("userId", userId).getResultList();
    }

    private <T> List<T> page(TypedQuery<T> query, String search, int first, int max) {
        return query.setParameter("realmId", realmId).setParameter("pattern", pattern(search)).setFirstResult(first)
                .setMaxResults(max).getResultList();
    }
}
