/**
 * The JPA entities and stores of a realm's sharing configuration in the {@code RA_*} tables: runtime roles, solutions
 * and their builds (a build's roles and resources as one JSON document), grants, end-user groups with their memberships
 * (each with its source: admin, identity provider or access request) and owners. {@link SharingStore},
 * {@link EndUserGroupStore} and OwnerStore scope every query to one realm, and Listings pages the lists that grow.
 * SharingStore's compile() loads the whole configuration into the evaluator's index.
 */
package io.runtimeaccess.sharing.store;
