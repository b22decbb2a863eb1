/**
 * Registration of the access-review tables ({@code RA_REV_CAMPAIGN}, {@code RA_REV_ITEM}) with Keycloak's JPA layer, as
 * the JPA entity provider {@code runtime-access-reviews} with its Liquibase changelog.
 * {@link ReviewsEntityProviderFactory} also schedules the campaigns' sweep (option {@code sweep-interval}, seconds,
 * default 60) and deletes a removed user's review items and a removed realm's campaigns. A package of its own because
 * it wires the store and the sweep together.
 */
package io.runtimeaccess.reviews.registration;
