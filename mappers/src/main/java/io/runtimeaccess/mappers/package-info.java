/**
 * Helpers shared by the claim-contract mappers: {@link ParsedConfigCache} keeps each mapper's parsed configuration by
 * mapper id, so a login or a token never parses it again, and {@link LogText} makes text from an identity provider safe
 * for one log line (the sharing module uses it too). The mappers are in the sub-packages: idp (claims to user
 * attributes at login), token (user attributes to the runtime claims), profile and usage (user-profile declaration
 * checks); claim holds their Keycloak-free parsing.
 */
package io.runtimeaccess.mappers;
