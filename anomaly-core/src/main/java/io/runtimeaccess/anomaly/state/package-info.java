/**
 * The scorer's learned state as compact, bounded structures: {@link UserProfile} (one user's normal in primitive
 * arrays, about 450 bytes), {@code RealmStats} (what is common in a realm, as exact counts) and {@link LruTable}
 * (a capped map from 64-bit keys that drops the least recently used entry), which may share an
 * {@link EntryBudget} with other realms' scorers. Keys are 64-bit hashes, so these tables hold no user ids or
 * user-agent strings. Knows no detection: it imports nothing from the other packages.
 */
package io.runtimeaccess.anomaly.state;
