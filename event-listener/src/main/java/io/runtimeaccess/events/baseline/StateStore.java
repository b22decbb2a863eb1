package io.runtimeaccess.events.baseline;

import java.util.List;

/**
 * Where each realm's learned state is kept. A read or write that fails throws; a stored snapshot that
 * cannot be decoded is not this interface's concern (it returns the text as stored).
 */
public interface StateStore {

    /** The stored snapshot (Base64), or {@code null} when the realm has none; throws when it cannot read. */
    String load(String realmId);

    /**
     * Stores the snapshot. With {@code unreadable} set (the snapshot that was stored and could not be read),
     * that one is kept aside in the same row, provided it is still the stored one.
     */
    void save(String realmId, String snapshot, String unreadable);

    /** The realms that have a stored state; throws when it cannot read. */
    List<String> storedRealms();
}
