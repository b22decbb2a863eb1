/**
 * Password guessing, read from failed sign-ins: detections 5 to 7 ({@link PasswordSpray} from one source,
 * {@code DistributedSpray} as a realm-wide spike, {@link BruteForce} on one account), a success that follows them,
 * and the realm-level credential campaign, whose finding names no user. Failures are counted in
 * {@link FailureWindow}s per source (IP, /24, ASN, user agent) and per username; a failure that the user's own
 * success from the same source follows is a typo and stops counting. The windows are short-lived and not kept in
 * snapshots.
 */
package io.runtimeaccess.anomaly.spray;
