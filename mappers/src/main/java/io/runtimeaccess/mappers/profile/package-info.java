/**
 * The user-profile check behind the claim contract: {@link AttributeDeclarationCheck} compares the realm's user profile
 * with the user attributes Runtime Access reads, and logs a warning for an undeclared attribute (Keycloak ignores it,
 * so imported groups vanish) and an error for one users may edit themselves (any user could give itself a group or the
 * designer bypass). It takes the attribute names from its callers and knows nothing about the mappers.
 */
package io.runtimeaccess.mappers.profile;
