/**
 * Export and import of a realm's sharing configuration with every reference by name (roles, solutions and builds,
 * end-user groups, grants, owners), so it can move between environments whose ids differ. {@link SharingTransfer} plans
 * an import first: a dry run returns the {@link ImportPlan}, and an apply runs only when the plan has no problems. An
 * import creates what is missing and updates active builds and groups but removes nothing, so applying a document twice
 * changes nothing the second time. The export lists only admin-added group memberships.
 */
package io.runtimeaccess.sharing.transfer;
