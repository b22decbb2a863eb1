/**
 * Registration of the access-intelligence tables ({@code RA_GOV_*}) with Keycloak's JPA layer:
 * {@link GovernanceEntityProviderFactory} lists the entities and the Liquibase changelog under
 * {@code META-INF/runtime-access-governance-changelog/}, which Keycloak runs. The entities themselves live in the
 * packages of their concepts ({@code queue}, {@code settings}, {@code run}, {@code signin}, {@code separation},
 * {@code riskstore}); the factory also registers the clean-up of a removed user's proposals and of a removed realm's
 * proposals and settings.
 */
package io.runtimeaccess.governance.store;
