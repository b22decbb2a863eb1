/**
 * The bulk-lifecycle admin REST API under {@code /admin/realms/{realm}/runtime-access/lifecycle}.
 * {@link LifecycleAdminExtension} plugs it into the one Runtime Access admin resource through the sharing module's
 * admin-extension SPI; {@link LifecycleResource} only hands {@code offboarding} and {@code onboarding} to the
 * resources of those packages, which check realm-management {@code view-users} to read and {@code manage-users} to act.
 */
package io.runtimeaccess.lifecycle.admin;
