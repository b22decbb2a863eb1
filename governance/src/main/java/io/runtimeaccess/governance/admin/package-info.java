/**
 * The access-intelligence admin REST API under {@code /admin/realms/{realm}/runtime-access/governance}.
 * {@link GovernanceAdminExtension} plugs it into the one Runtime Access admin resource through the sharing module's
 * admin-extension SPI; {@link GovernanceResource} only locates one sub-resource per concept (proposals, settings, runs,
 * reports, risk, sod, role-mining), each kept in that concept's package. Reading needs realm-management
 * {@code view-users}, deciding {@code manage-users}.
 */
package io.runtimeaccess.governance.admin;
