/**
 * Separation of duties in Keycloak: the realm's rules ({@code RA_GOV_SOD_RULE}), the detective scan of every user, and
 * the preventive check. {@link SodGuard} checks each change that brings a user a rule's key, on the sharing admin API
 * and on Keycloak's own role and group assignments made through the admin API: a {@code prevent} rule answers 409
 * unless the admin gives a justification, a {@code warn} rule lets it through; each decision is recorded, and a
 * violation let through opens a ticket where the realm has a ticket sink. {@link SodResource} is the API; evaluating
 * the rules is governance-core's {@code sod} package.
 */
package io.runtimeaccess.governance.separation;
