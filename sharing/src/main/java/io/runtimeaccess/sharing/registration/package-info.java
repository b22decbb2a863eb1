/**
 * Start-up wiring of the sharing tables: {@link SharingEntityProviderFactory} registers the {@code RA_*} entities and
 * their changelog with Keycloak's JPA layer, schedules {@link ExpiredGrantsCleanup} and the grant-use flush, listens
 * for other nodes' index invalidations, and deletes a removed realm's or user's rows. The clean-up runs on one node per
 * interval and only keeps the tables small: an expired grant has stopped counting at its expiry already.
 */
package io.runtimeaccess.sharing.registration;
