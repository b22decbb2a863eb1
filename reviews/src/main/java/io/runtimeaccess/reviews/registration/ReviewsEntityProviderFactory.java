package io.runtimeaccess.reviews.registration;

import io.runtimeaccess.reviews.store.CampaignEntity;
import io.runtimeaccess.reviews.store.ReviewItemEntity;
import io.runtimeaccess.reviews.store.ReviewStore;
import io.runtimeaccess.reviews.sweep.ReviewSweep;
import io.runtimeaccess.sharing.extension.SweptTablesFactory;
import java.util.List;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * Registers the access-review tables (prefix {@code RA_REV_}) with Keycloak's JPA layer, schedules the campaigns'
 * sweep and removes a deleted user's review items and a deleted realm's campaigns. In its own package because it
 * wires the store and the sweep together. Option {@value #SWEEP_INTERVAL} (seconds, default 60):
 * {@code --spi-jpa-entity-provider--runtime-access-reviews--sweep-interval=60}.
 */
public class ReviewsEntityProviderFactory extends SweptTablesFactory {

    public static final String PROVIDER_ID = "runtime-access-reviews";
    public static final String SWEEP_INTERVAL = "sweep-interval";

    public ReviewsEntityProviderFactory() {
        super(PROVIDER_ID, "META-INF/runtime-access-reviews-changelog/master.xml", SWEEP_INTERVAL,
                "Seconds between two runs of the access-review sweep (reminders, deadlines, recurrence); one node of"
                        + " a cluster at a time runs it.");
    }

    @Override
    public List<Class<?>> getEntities() {
        return List.of(CampaignEntity.class, ReviewItemEntity.class);
    }

    @Override
    protected void scheduleSweep(KeycloakSessionFactory factory, long intervalMillis) {
        ReviewSweep.scheduleAfterStartup(factory, intervalMillis);
    }

    @Override
    protected void userRemoved(KeycloakSession session, String realmId, String userId) {
        ReviewStore.deleteUser(session, realmId, userId);
    }

    @Override
    protected void realmRemoved(KeycloakSession session, String realmId) {
        ReviewStore.deleteRealm(session, realmId);
    }
}
