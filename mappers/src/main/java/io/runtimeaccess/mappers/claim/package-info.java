/**
 * How what an identity provider asserted becomes the values of one user attribute: {@link ClaimPath} finds values in a
 * claim set (dotted paths, escaped dots, a field of every array element) and writes claims for the token mapper,
 * {@link ValueTransforms} splits, trims, extracts, allow-lists, de-duplicates and caps them, and {@link ClaimImport}
 * combines sources, value type and absent-claim policy into an AttributeUpdate (replace, remove or keep, with notes for
 * the log). Free of Keycloak types: a rule is built once per mapper configuration and tested on plain maps.
 */
package io.runtimeaccess.mappers.claim;
