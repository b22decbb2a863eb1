/**
 * Which user attributes Runtime Access reads in a realm, and when their declarations are checked:
 * {@link RealmAttributeUsage} collects the attributes of the realm's runtime-attribute identity-provider and token
 * mappers, plus the default names the check API reads where the profile declares them, and reports misconfigured
 * identity-provider mappers. {@link AttributeDeclarationListenerFactory} is a global event listener that runs it for
 * every realm at start-up and when an admin saves an identity-provider mapper or the user profile; it only logs. Kept
 * apart from the mappers and from the profile check, so neither of those depends on the other.
 */
package io.runtimeaccess.mappers.usage;
