package io.runtimeaccess.sharing.guard;

import java.util.List;
import org.keycloak.models.RealmModel;
import org.keycloak.provider.Provider;

/**
 * Looks at access changes before anything is written. A guard refuses by throwing a
 * {@link jakarta.ws.rs.WebApplicationException} carrying its answer (a 409 naming its rule) after marking the
 * request's transaction rollback-only; it allows by returning, recording what it allowed in the request's
 * transaction so the record goes with the change.
 */
public interface AccessChangeGuard extends Provider {

    /**
     * @param changes               every user's added keys of one admin request (a bulk request is one call)
     * @param overrideJustification null, or the admin's justification for going past a preventive rule
     */
    void check(RealmModel realm, List<AccessChange> changes, String overrideJustification);

    @Override
    default void close() {
    }
}
