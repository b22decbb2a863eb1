/**
 * Access requests in the admin API, {@code /admin/realms/{realm}/runtime-access/requests}.
 * {@link RequestsAdminExtension} plugs it into the one Runtime Access admin resource, and {@link RequestsAdminResource}
 * mounts the requestable items ({@code items}) and lists the realm's requests, read-only because users and approvers
 * act through their own API. Reading needs {@code view-users}, changing items {@code manage-users}.
 */
package io.runtimeaccess.requests.admin;
