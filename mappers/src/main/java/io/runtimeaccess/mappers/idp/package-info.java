/**
 * The identity-provider mappers that import groups, business filters or the designer flag into a user attribute:
 * {@link RuntimeAttributeIdpMapper} for OIDC and Keycloak OIDC providers (ID token, then access token, then userinfo)
 * and {@link RuntimeAttributeSamlIdpMapper} for SAML assertions (attribute Name or FriendlyName), both configured
 * through {@link RuntimeAttributeMapperConfig}. The attribute is written at the first login and, in FORCE and LEGACY
 * sync mode, at every later one, so it is what the identity provider sends now. Nothing fails a login: a claim sent
 * but unreadable removes the attribute (it grants nothing), a bad configuration is logged and leaves it as it was.
 */
package io.runtimeaccess.mappers.idp;
