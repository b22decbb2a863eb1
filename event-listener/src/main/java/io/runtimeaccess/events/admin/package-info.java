/**
 * The findings admin API under {@code /admin/realms/{realm}/anomaly-findings}: list, read, acknowledge and dismiss a
 * realm's findings, and read or change its {@code settings} (the webhook and the automatic responses).
 * {@link FindingsAdminResourceProvider} mounts {@link FindingsResource}; {@link FindingSettingsResource} keeps the
 * webhook secret write-only. Reading needs {@code view-events}; every change is an admin event, and a dismissal also
 * teaches the scorer, once it committed.
 */
package io.runtimeaccess.events.admin;
