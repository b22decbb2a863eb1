/**
 * The {@code scale} command: {@link ScaleCommand} generates a realm of N users from a seed (or turns a benchmark
 * matrix into direct grants), runs the whole analysis of a governance run on it with one separation-of-duties rule,
 * and prints the seconds per step, the proposals per category and the heap in use. {@code SyntheticRealm} shapes the
 * users like an organization: departments with their grants and end-user groups, off-profile grants, dormant
 * accounts, unused grants, disabled and federated users.
 */
package io.runtimeaccess.governance.evaluation.scale;
