/**
 * The ticket sink's admin API under {@code /admin/realms/{realm}/runtime-access/tickets}. {@link TicketsAdminExtension}
 * plugs it into the one Runtime Access admin resource through the sharing module's admin-extension SPI, and
 * {@link TicketsResource} routes to the sink's {@code config}, the {@code outbox} and the connection {@code test},
 * whose resources live in the sink, outbox and courier packages. Reading needs realm-management {@code view-realm},
 * changing {@code manage-realm}.
 */
package io.runtimeaccess.tickets.admin;
