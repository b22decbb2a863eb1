package io.runtimeaccess.sharing.admin;

import io.runtimeaccess.sharing.index.AccessIndexes;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;

/** Every change: a CUSTOM admin event with its representation, and the realm's index dropped after commit. */
final class AdminChanges {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminEventBuilder adminEvent;

    AdminChanges(KeycloakSession session, RealmModel realm, AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.adminEvent = adminEvent.resource(ResourceType.CUSTOM);
    }

    void record(OperationType operation, Object representation) {
        event(operation, representation);
        AccessIndexes.invalidateAfterCommit(session, realm);
    }

    /** Grant and membership changes, recorded as this request's admin event. */
    SharingChanges sharing() {
        return new SharingChanges(session, realm, (operation, path, representation) -> event(operation, representation));
    }

    /** A change that gives and takes no access (an owner's): the admin event only, the index stays. */
    void event(OperationType operation, Object representation) {
        adminEvent.operation(operation).resourcePath(session.getContext().getUri()).representation(representation)
                .success();
    }
}
