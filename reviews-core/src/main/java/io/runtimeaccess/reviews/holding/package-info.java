/**
 * How users hold privileged roles: by a direct mapping, through a Keycloak group (its own role mappings or its
 * ancestors') or through a composite role, transitively. {@link RoleGraph} holds a realm's roles and groups as edges,
 * and {@link PrivilegedPaths} expands users' role mappings and group memberships into one {@link PrivilegedPath} per
 * user, privileged role and assignment, the assignment being what a revocation removes. Computed in memory with no
 * Keycloak types; the privileged-roles scope in module reviews reads the edges and assignments with set-based queries.
 */
package io.runtimeaccess.reviews.holding;
