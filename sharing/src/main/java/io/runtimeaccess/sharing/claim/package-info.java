/**
 * The subject of a check as the claim contract's user attributes describe it: {@link RuntimeAttributes} reads the
 * designer flag and the business filters from the default attribute names ({@code designerUser},
 * {@code businessFilter}) of the user as Keycloak's user cache holds it, not from a token. Used by the check API's
 * evaluations and searches and by the governance module's risk store.
 */
package io.runtimeaccess.sharing.claim;
