package io.runtimeaccess.events.baseline;

import java.util.List;

/**
 * Where each realm's learned state is kept. A read or write that fails throws; a stored snapshot that
 * cannot be decoded is not this interface's concern (it returns the text as stored).
 */
public interface StateStore {

    /** A realm's stored snapshot (Base64, or {@code null} when it has none), or that the realm no longer exists. */
    record Stored(String snapshot, boolean realmGone) {

        static final Stored GONE = new Stored(null, true);

        static Stored of(String snapshot) {
            return new Stored(snapshot, false);
        }
    }

    /** What is stored for the realm; throws when it cannot read. */
    Stored load(String realmId);

    /**
     * Stores the snapshot and returns {@code true}, or returns {@code false} for a realm that no longer exists
     * (nothing is stored for it). With {@code unreadable} set (the snapshot that was stored and could not be read),
     * that one is kept aside in the same row, provided it is still the stored one.
     */
    boolean save(String realmId, String snapshot, String unreadable);

    /** Whether the realm still exists (Keycloak's realm cache answers most calls); throws when it cannot read. */
    boolean realmExists(String realmId);

    /** The realms that have a stored state; throws when it cannot read. */
    List<String> storedRealms();
}
