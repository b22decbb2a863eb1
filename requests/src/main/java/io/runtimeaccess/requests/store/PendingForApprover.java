package io.runtimeaccess.requests.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

/**
 * A page of the pending requests an approver may decide, selected and paged in the database: requests of others
 * for the items whose approver rule names the approver, and for items approved by the requester's manager, the
 * requests whose requester's manager attribute names the approver (by id, or by username in any case, trimmed, as
 * the approval itself matches it). Requests the approver decided already are left out. A manager attribute is read
 * from Keycloak's user attribute table, so it is seen for users stored in Keycloak's database (local or imported).
 */
public final class PendingForApprover {

    private final EntityManager em;
    private final String realmId;

    public PendingForApprover(KeycloakSession session, String realmId) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        this.realmId = realmId;
    }

    /**
     * @param itemIds          items whose rule names the approver whoever asks
     * @param managerItemIds   items approved by the requester's manager, by the attribute that names the manager
     */
    public List<AccessRequestEntity> page(UserModel approver, List<String> itemIds,
            Map<String, List<String>> managerItemIds, int first, int max) {
        List<String> alternatives = new ArrayList<>();
        if (!itemIds.isEmpty()) {
            alternatives.add("r.itemId in :items");
        }
        for (int i = 0; i < managerItemIds.size(); i++) {
            alternatives.add("(r.itemId in :managerItems" + i + " and exists (select a from UserAttributeEntity a"
                    + " where a.user.id = r.requesterId and a.name = :attribute" + i
                    + " and (trim(a.value) = :approverId or lower(trim(a.value)) = :approverName)))");
        }
        if (alternatives.isEmpty()) {
            return List.of();
        }
        TypedQuery<AccessRequestEntity> query = em.createQuery("select r from AccessRequestEntity r"
                + " where r.realmId = :realmId and r.status = 'PENDING' and r.requesterId <> :approverId"
                + " and not exists (select d from RequestDecisionEntity d where d.requestId = r.id"
                + " and d.approverId = :approverId) and (" + String.join(" or ", alternatives) + ")"
                + " order by r.createdAt desc, r.id", AccessRequestEntity.class)
                .setParameter("realmId", realmId).setParameter("approverId", approver.getId());
        if (!itemIds.isEmpty()) {
            query.setParameter("items", itemIds);
        }
        int i = 0;
        for (Map.Entry<String, List<String>> attribute : managerItemIds.entrySet()) {
            query.setParameter("managerItems" + i, attribute.getValue()).setParameter("attribute" + i, attribute.getKey());
            i++;
        }
        if (!managerItemIds.isEmpty()) {
            query.setParameter("approverName", approver.getUsername().toLowerCase(Locale.ROOT));
        }
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }
}
