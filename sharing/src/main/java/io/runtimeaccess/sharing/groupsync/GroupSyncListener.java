package io.runtimeaccess.sharing.groupsync;

import io.runtimeaccess.mappers.token.RuntimeAttributesTokenMapperConfig;
import org.jboss.logging.Logger;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Syncs identity-provider group memberships on a successful login. It runs after the login's
 * transaction has committed, in a transaction of its own, so it sees the attributes the broker just
 * wrote and a failure here can never undo or fail the login. A user who lists no identity-provider groups, and
 * whom this node last synced listing none (and no other node synced since), is not synced again: a realm's local
 * users sign in without a database round trip for it, whether or not the realm's index is loaded here. A user who
 * lists groups is synced at every login, so a membership an admin removed comes back while the identity provider
 * still sends it.
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
        RealmModel realm = session.getContext().getRealm();
        UserModel user = realm == null ? null : session.users().getUserById(realm, userId);
        // only whether the user lists any group: the sync reads the list itself
        boolean listsNone = user != null && user.getAttributeStream(
                RuntimeAttributesTokenMapperConfig.DEFAULT_GROUPS_ATTRIBUTE).findAny().isEmpty();
        session.getTransactionManager().enlistAfterCompletion(new AbstractKeycloakTransaction() {
            @Override
            protected void commitImpl() {
                if (listsNone && LazyGroupSync.syncedToNoGroupsAlready(userId)) {
                    return;
                }
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
