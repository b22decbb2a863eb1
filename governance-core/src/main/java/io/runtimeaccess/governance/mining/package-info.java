/**
 * Role mining: an exact cover of a user × permission matrix by as few roles as the search finds (identical users and
 * permissions merged, forced roles, then a greedy cover, after Ene et al., SACMAT 2008, and a local search when the
 * cover is not proven minimal), with a lower bound that tells when the cover is proven minimal. {@link RoleMiner} is
 * the entry point; {@link RoleMiner#suggest} turns each solution's direct grants into {@link RoleTemplate}s, runtime
 * roles that users hold together and that one new role could replace. Grants through end-user groups are left out,
 * and nothing here creates a role.
 */
package io.runtimeaccess.governance.mining;
