/**
 * Each realm's baseline, what its anomaly scorer has learned about normal: restored from {@code RA_SCORER_STATE} on
 * the realm's first event after a start, saved back periodically and at shutdown. {@link RealmBaselines} never saves
 * over a state it could not read (it scores with a fresh one meanwhile and reads again later) and keeps a state it
 * could not decode aside; {@link StateStore} is where states are kept, {@link JpaStateStore} its JPA implementation.
 */
package io.runtimeaccess.events.baseline;
