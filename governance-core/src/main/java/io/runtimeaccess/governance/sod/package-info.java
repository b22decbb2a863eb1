/**
 * Separation of duties: a {@link SodRule} says that no user may hold two or more of its access item keys at once,
 * anywhere or among one solution's runtime roles. {@link SodScanner} is both the detective scan of a snapshot and the
 * preventive check of a change ({@link SodScanner#violationsOnAdding}), which counts only violations that the change
 * itself creates. The guard answering 409 on the admin API and on Keycloak's own role and group assignments is in
 * module {@code governance}.
 */
package io.runtimeaccess.governance.sod;
