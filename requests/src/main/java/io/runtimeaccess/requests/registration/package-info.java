/**
 * The requests module's registration with Keycloak's JPA layer. {@link RequestsEntityProviderFactory} registers the
 * {@code RA_REQ_*} tables, schedules the expiry sweep (option {@code expiry-sweep-interval}) and removes a deleted
 * user's or realm's rows. A package of its own because it wires the store and the expiry sweep together, which import
 * each other in one direction only.
 */
package io.runtimeaccess.requests.registration;
