package io.runtimeaccess.governance.separation;

import io.runtimeaccess.governance.sod.SodViolation;
import io.runtimeaccess.sharing.audit.ServerAdminEvents;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/** The record of what the preventive check did: refused, warned or overridden (with the justification). */
public final class SodEvents {

    public static final String REFUSED = "refused";
    public static final String WARNED = "warned";
    public static final String OVERRIDDEN = "overridden";

    private SodEvents() {
    }

    /** Records in the request's transaction: the record commits, or rolls back, with the change it allowed. */
    static void record(KeycloakSession session, RealmModel realm, SodViolation violation, String itemKey,
            String outcome, String justification, String adminId) {
        SodEventEntity event = new SodEventEntity();
        event.setId(KeycloakModelUtils.generateId());
        event.setRealmId(realm.getId());
        event.setRuleId(violation.ruleId());
        event.setRuleName(violation.ruleName());
        event.setUserId(violation.userId());
        event.setItemKey(itemKey);
        event.setOutcome(outcome);
        event.setJustification(justification);
        event.setAdminId(adminId);
        event.setOccurredAt(System.currentTimeMillis());
        SodRules.em(session).persist(event);
        if (!REFUSED.equals(outcome)) {
            // The change's own admin event does not say that a rule was warned about or overridden; this one does.
            Map<String, Object> rep = toRepresentation(event);
            rep.put("source", "separation-of-duties");
            ServerAdminEvents.record(session, realm, OperationType.ACTION, "governance/sod/events/" + event.getId(),
                    rep, Actors.of(session, adminId));
            SodTickets.open(session, realm, event, violation);
        }
    }

    /**
     * Records refusals in a transaction of their own: the refused request rolls back, and the record of the
     * refusal must not go with it.
     */
    static void recordRefusals(KeycloakSession session, RealmModel realm, List<SodViolation> refused,
            List<String> itemKeys, String adminId) {
        String realmId = realm.getId();
        KeycloakModelUtils.runJobInTransaction(session.getKeycloakSessionFactory(), own -> {
            RealmModel ownRealm = own.realms().getRealm(realmId);
            for (int i = 0; i < refused.size(); i++) {
                record(own, ownRealm, refused.get(i), itemKeys.get(i), REFUSED, null, adminId);
            }
        });
    }

    /** Newest first; an event a ticket was opened for shows it ({@code ticket}). */
    static List<Map<String, Object>> list(KeycloakSession session, RealmModel realm, int first, int max) {
        return SodTickets.withTickets(session, realm, SodRules.em(session)
                .createNamedQuery("SodEvent.byRealm", SodEventEntity.class).setParameter("realmId", realm.getId())
                .setFirstResult(first).setMaxResults(max).getResultStream().map(SodEvents::toRepresentation).toList());
    }

    static void deleteUser(KeycloakSession session, RealmModel realm, String userId) {
        SodRules.em(session).createNamedQuery("SodEvent.deleteUser").setParameter("realmId", realm.getId())
                .setParameter("userId", userId).executeUpdate();
    }

    static void deleteRealm(KeycloakSession session, RealmModel realm) {
        SodRules.em(session).createNamedQuery("SodEvent.deleteRealm").setParameter("realmId", realm.getId())
                .executeUpdate();
        SodRules.em(session).createNamedQuery("SodRule.deleteRealm").setParameter("realmId", realm.getId())
                .executeUpdate();
    }

    private static Map<String, Object> toRepresentation(SodEventEntity event) {
        Map<String, Object> rep = new LinkedHashMap<>();
        rep.put("id", event.getId());
        rep.put("ruleId", event.getRuleId());
        rep.put("ruleName", event.getRuleName());
        rep.put("userId", event.getUserId());
        rep.put("itemKey", event.getItemKey());
        rep.put("outcome", event.getOutcome());
        rep.put("justification", event.getJustification());
        rep.put("adminId", event.getAdminId());
        rep.put("at", Instant.ofEpochMilli(event.getOccurredAt()).toString());
        return rep;
    }
}
