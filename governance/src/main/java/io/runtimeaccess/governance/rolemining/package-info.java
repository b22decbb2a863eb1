/**
 * Role mining in the admin API, under {@code .../governance/role-mining}: role templates suggested from the realm's
 * direct grants, and applying one, which creates a runtime role and a new build of its solution, a copy of the Active
 * Policy that also offers that role ({@link TemplateBuild}). {@link RoleMiningResource} is the API; the mining itself
 * is governance-core's. The new build is not activated and nobody's grants move: an admin does both.
 */
package io.runtimeaccess.governance.rolemining;
