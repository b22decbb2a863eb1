/**
 * The extension points through which other Runtime Access modules add paths under this module's two resources, each
 * with its own Keycloak SPI: an {@link AdminExtension} is mounted at {@code /admin/realms/{realm}/runtime-access/{id}}
 * with the admin already authenticated, a {@link RealmExtension} at {@code /realms/{realm}/runtime-access/{id}}, where
 * it authenticates its caller itself. {@link SweptTablesFactory} is the common base of the requests and reviews
 * modules' tables: JPA registration, a background sweep, and clean-up when a user or realm is removed. Sharing depends
 * on none of those modules; they plug in here.
 */
package io.runtimeaccess.sharing.extension;
