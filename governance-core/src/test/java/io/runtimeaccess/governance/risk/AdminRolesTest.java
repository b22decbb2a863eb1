package io.runtimeaccess.governance.risk;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.governance.access.AccessItem;
import org.junit.jupiter.api.Test;

class AdminRolesTest {

    @Test
    void theManagementClientsManageAndRealmAdminRolesAreAdmin() {
        assertTrue(AdminRoles.isAdmin(AccessItem.clientRole("realm-management", "realm-admin", false)));
        assertTrue(AdminRoles.isAdmin(AccessItem.clientRole("realm-management", "manage-users", false)));
        assertTrue(AdminRoles.isAdmin(AccessItem.clientRole("customer-realm", "manage-clients", false)));
        assertFalse(AdminRoles.isAdmin(AccessItem.clientRole("realm-management", "view-users", false)));
        assertFalse(AdminRoles.isAdmin(AccessItem.clientRole("billing", "manage-invoices", false)));
    }

    /** Whoever holds create-realm becomes the admin of each realm they create. */
    @Test
    void theServersOwnRealmRolesAreAdmin() {
        assertTrue(AdminRoles.isAdmin(AccessItem.realmRole("admin", false)));
        assertTrue(AdminRoles.isAdmin(AccessItem.realmRole("create-realm", false)));
        assertFalse(AdminRoles.isAdmin(AccessItem.realmRole("administrator", false)));
        assertFalse(AdminRoles.isAdmin(AccessItem.realmRole("offline_access", false)));
    }
}
