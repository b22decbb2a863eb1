/**
 * Registration of the bulk-lifecycle tables ({@code RA_LC_*}) with Keycloak's JPA layer:
 * {@link LifecycleEntityProviderFactory} names the entities and the Liquibase changelog under
 * {@code META-INF/runtime-access-lifecycle-changelog/}, which Keycloak runs. The entities themselves live in
 * {@code offboard}, next to the code that uses them. The factory also arms the test-only offboarding fault from its
 * option {@code fault-injection} and registers the removal of a deleted realm's plans.
 */
package io.runtimeaccess.lifecycle.store;
