package io.runtimeaccess.governance.separation;

import io.runtimeaccess.governance.settingsstore.SettingsStore;
import io.runtimeaccess.governance.sod.SodRule;
import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.api.Limits;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/** Creates, changes and deletes a realm's rules; names are unique in the realm (409 otherwise). */
final class SodRuleStore {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final EntityManager em;

    SodRuleStore(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.em = SodRules.em(session);
    }

    /** The rule, or a 404. */
    SodRuleEntity rule(String id) {
        SodRuleEntity rule = !Limits.lookable(id) ? null : em.find(SodRuleEntity.class, id);
        if (rule == null || !rule.getRealmId().equals(realm.getId())) {
            throw BadRequest.notFound("id", "no separation-of-duties rule '" + Limits.shown(id) + "' in this realm");
        }
        return rule;
    }

    /**
     * The rule, read as committed once the realm's rule changes are this transaction's turn (see
     * {@link #requireFreeName}): an update fills the fields it leaves out from it, so it must start from the latest,
     * or it would undo another admin's change saved meanwhile.
     */
    SodRuleEntity ruleForUpdate(String id) {
        SettingsStore.forUpdate(session, realm);
        SodRuleEntity rule = rule(id);
        em.refresh(rule, LockModeType.PESSIMISTIC_WRITE);
        return rule;
    }

    SodRuleEntity create(SodRule rule) {
        requireFreeName(rule.name(), null);
        SodRuleEntity entity = new SodRuleEntity();
        entity.setId(KeycloakModelUtils.generateId());
        entity.setRealmId(realm.getId());
        entity.setCreatedAt(System.currentTimeMillis());
        copy(rule, entity);
        em.persist(entity);
        em.flush();
        SodRules.forget(session, realm);
        return entity;
    }

    SodRuleEntity update(SodRuleEntity entity, SodRule rule) {
        requireFreeName(rule.name(), entity.getId());
        copy(rule, entity);
        em.flush();
        SodRules.forget(session, realm);
        return entity;
    }

    void delete(SodRuleEntity entity) {
        em.remove(entity);
        em.flush();
        SodRules.forget(session, realm);
    }

    /**
     * Rule names are unique in a realm, case aside. Two rules saved at the same moment (one "Pay", one "pay") would
     * both find the name free: rule changes of a realm take turns on its governance settings row, so the second
     * sees the first's name and is a 409, not a duplicate (or, for the same spelling, the unique key's 500).
     */
    private void requireFreeName(String name, String exceptId) {
        SettingsStore.forUpdate(session, realm);
        List<SodRuleEntity> same = em.createQuery("select r from SodRuleEntity r where r.realmId = :realmId"
                + " and lower(r.name) = :name", SodRuleEntity.class).setParameter("realmId", realm.getId())
                .setParameter("name", name.toLowerCase(java.util.Locale.ROOT)).getResultList();
        if (same.stream().anyMatch(r -> !r.getId().equals(exceptId))) {
            throw BadRequest.conflict("name", "a rule named '" + Limits.shown(name) + "' already exists");
        }
    }

    private static void copy(SodRule rule, SodRuleEntity entity) {
        entity.setName(rule.name());
        entity.setDescription(rule.description());
        entity.setScope(rule.scope().name());
        entity.setSolutionId(rule.solutionId());
        entity.setItemKeys(String.join("\n", rule.itemKeys()));
        entity.setPrevent(rule.prevent());
        entity.setEnabled(rule.enabled());
    }
}
