package io.runtimeaccess.sharing.groupsync;

import org.jboss.logging.Logger;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakSession;

/**
 * Syncs identity-provider group memberships on every successful login. It runs after the login's
 * transaction has committed, in a transaction of its own, so it sees the attributes the broker just
 * wrote and a failure here can never undo or fail the login.
 */
public class GroupSyncListener implements EventListenerProvider {

    private static final Logger LOG = Logger.getLogger(GroupSyncListener.class);

    private final KeycloakSession session;

    public GroupSyncListener(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public void onEvent(Event event) {
        if (event.getType() != EventType.LOGIN || event.getUserId() == null) {
            return;
        }
        String realmId = event.getRealmId();
        String userId = event.getUserId();
        session.getTransactionManager().enlistAfterCompletion(new AbstractKeycloakTransaction() {
            @Override
            protected void commitImpl() {
                try {
                    LazyGroupSync.syncNow(session.getKeycloakSessionFactory(), realmId, userId,
                            IdentityProviderGroupSync.Trigger.LOGIN);
                } catch (RuntimeException e) {
                    LOG.errorf(e, "Could not sync identity-provider groups of user %s in realm %s", userId, realmId);
                }
            }

            @Override
            protected void rollbackImpl() {
            }
        });
    }

    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {
    }

    @Override
    public void close() {
    }
}
