/**
 * The global event listener {@code runtime-access-governance}: every realm, with no per-realm event settings.
 * {@link GovernanceListener} marks each successful sign-in in memory and starts onboarding recommendations for a new
 * user (self-registration, first sign-in through an identity provider, creation through the admin API);
 * {@link GovernanceListenerFactory} schedules the sign-in flush on every node and the nightly runs on one node, and
 * removes a user's or a realm's rows when Keycloak removes them.
 */
package io.runtimeaccess.governance.listener;
