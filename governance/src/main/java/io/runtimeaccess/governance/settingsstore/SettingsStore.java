package io.runtimeaccess.governance.settingsstore;

import com.fasterxml.jackson.core.type.TypeReference;
import io.runtimeaccess.events.settings.RealmRow;
import io.runtimeaccess.governance.proposal.Category;
import io.runtimeaccess.governance.settings.GovernanceMode;
import io.runtimeaccess.governance.settings.GovernanceSettings;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.util.JsonSerialization;

/**
 * The realm's stored access-intelligence settings. Read once per run, per API call and per onboarding
 * recommendation, never per token or check, so a primary-key read is cheap enough and no cache (with its
 * cluster invalidation) is kept.
 */
public final class SettingsStore {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private SettingsStore() {
    }

    /** The realm's settings, {@link GovernanceSettings#defaults()} if none were stored. */
    public static GovernanceSettings of(KeycloakSession session, RealmModel realm) {
        SettingsEntity row = em(session).find(SettingsEntity.class, realm.getId());
        return row == null ? GovernanceSettings.defaults() : toSettings(row);
    }

    /**
     * As {@link #of}, with the stored row locked until the transaction ends and read as committed: a change fills
     * absent fields from what it read, so two changes at once (a mode and a privileged item) must not both start from
     * the same read, or the second would write the first one's field back. A realm's first change stores the
     * defaults first ({@link RealmRow#locked}), so that two first changes at once do not both insert the row.
     */
    public static GovernanceSettings forUpdate(KeycloakSession session, RealmModel realm) {
        return toSettings(RealmRow.locked(session, SettingsEntity.class, realm.getId(),
                () -> filled(newRow(realm), GovernanceSettings.defaults(), null)));
    }

    /** Stores the realm's settings, replacing what was stored; {@code adminId} is who changed them. */
    public static void save(KeycloakSession session, RealmModel realm, GovernanceSettings settings, String adminId) {
        EntityManager em = em(session);
        SettingsEntity row = em.find(SettingsEntity.class, realm.getId());
        if (row == null) {
            em.persist(filled(newRow(realm), settings, adminId));
        } else {
            filled(row, settings, adminId);
        }
    }

    private static SettingsEntity newRow(RealmModel realm) {
        SettingsEntity row = new SettingsEntity();
        row.setRealmId(realm.getId());
        return row;
    }

    private static SettingsEntity filled(SettingsEntity row, GovernanceSettings settings, String adminId) {
        row.setMode(settings.mode().name());
        row.setAutoApply(settings.autoApply().stream().map(Category::name).sorted().collect(Collectors.joining(",")));
        row.setDormantDays(settings.dormantDays());
        row.setUnusedDays(settings.unusedDays());
        row.setPeerAttributes(json(settings.peerAttributes()));
        row.setPrivilegedItems(json(settings.privilegedItems().stream().sorted().toList()));
        row.setRejectionSuppressionDays(settings.rejectionSuppressionDays());
        row.setMinConfidence(settings.minConfidence());
        row.setUpdatedAt(System.currentTimeMillis());
        row.setUpdatedBy(adminId);
        return row;
    }

    /** A removed realm takes its settings along. */
    public static void deleteRealm(KeycloakSession session, String realmId) {
        em(session).createQuery("delete from SettingsEntity s where s.realmId = :realmId")
                .setParameter("realmId", realmId).executeUpdate();
    }

    static GovernanceSettings toSettings(SettingsEntity row) {
        Set<Category> autoApply = EnumSet.noneOf(Category.class);
        for (String name : row.getAutoApply().split(",")) {
            if (!name.isEmpty()) {
                autoApply.add(Category.valueOf(name));
            }
        }
        return new GovernanceSettings(GovernanceMode.valueOf(row.getMode()), autoApply, row.getDormantDays(),
                row.getUnusedDays(), strings(row.getPeerAttributes()),
                new LinkedHashSet<>(strings(row.getPrivilegedItems())), row.getRejectionSuppressionDays(),
                row.getMinConfidence());
    }

    private static List<String> strings(String json) {
        try {
            return JsonSerialization.readValue(json, STRINGS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String json(List<String> values) {
        try {
            return JsonSerialization.writeValueAsString(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EntityManager em(KeycloakSession session) {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }
}
