package io.runtimeaccess.governance.listener;

import io.runtimeaccess.governance.run.Onboarding;
import io.runtimeaccess.governance.signin.SignInMarks;
import org.keycloak.events.Details;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;

/**
 * Marks every successful sign-in (in memory only: a login never waits for a write) and starts onboarding for a
 * new user: a self-registration, a first sign-in through an identity provider (which Keycloak reports as a
 * {@code REGISTER} with an identity provider, or as a {@code FEDERATED_IDENTITY_LINK} of an existing user), or a
 * user created through the admin API; scores a user updated through the admin API again when the update enabled
 * them ({@link EnabledAgain}).
 */
public class GovernanceListener implements EventListenerProvider {

    private static final String USERS_PATH = "users/";

    private final KeycloakSession session;

    public GovernanceListener(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public void onEvent(Event event) {
        if (event.getUserId() == null || event.getRealmId() == null) {
            return;
        }
        boolean brokered = event.getDetails() != null && event.getDetails().containsKey(Details.IDENTITY_PROVIDER);
        EventType type = event.getType();
        if (type == EventType.LOGIN || type == EventType.REGISTER) {
            SignInMarks.mark(event.getRealmId(), event.getUserId(), event.getTime(), brokered);
        }
        if (type == EventType.REGISTER || type == EventType.FEDERATED_IDENTITY_LINK) {
            Onboarding.afterCommit(session, event.getRealmId(), event.getUserId());
        }
    }

    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {
        String path = event.getResourcePath();
        if (event.getResourceType() != ResourceType.USER || path == null || !path.startsWith(USERS_PATH)
                || path.indexOf('/', USERS_PATH.length()) >= 0) {
            return;
        }
        String userId = path.substring(USERS_PATH.length());
        if (event.getOperationType() == OperationType.CREATE) {
            Onboarding.afterCommit(session, event.getRealmId(), userId);
        } else if (event.getOperationType() == OperationType.UPDATE) {
            // an update may have enabled the user: a disabled account's stored risk no longer holds
            EnabledAgain.afterCommit(session, event.getRealmId(), userId);
        }
    }

    @Override
    public void close() {
    }
}
