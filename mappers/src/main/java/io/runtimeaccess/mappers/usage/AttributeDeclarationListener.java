package io.runtimeaccess.mappers.usage;

import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * Re-runs the declaration check when an admin saves an identity-provider mapper or the user profile;
 * Keycloak offers identity-provider mappers no validation hook of their own, so a misconfigured one
 * is reported here too.
 */
public class AttributeDeclarationListener implements EventListenerProvider {

    private final KeycloakSession session;

    public AttributeDeclarationListener(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public void onEvent(Event event) {
        // User events are not relevant; returning at once keeps logins untouched.
    }

    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {
        if (!isRelevant(event)) {
            return;
        }
        RealmModel realm = session.realms().getRealm(event.getRealmId());
        if (realm != null) {
            String trigger = event.getResourceTypeAsString() + " " + event.getOperationType();
            RealmAttributeUsage.checkRealm(session, realm, trigger);
        }
    }

    private static boolean isRelevant(AdminEvent event) {
        boolean saved = event.getOperationType() == OperationType.CREATE || event.getOperationType() == OperationType.UPDATE;
        return saved && (event.getResourceType() == ResourceType.IDENTITY_PROVIDER_MAPPER
                || event.getResourceType() == ResourceType.USER_PROFILE);
    }

    @Override
    public void close() {
    }
}
