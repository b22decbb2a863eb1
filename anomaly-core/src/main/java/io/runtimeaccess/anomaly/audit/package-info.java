/**
 * Detection 11, audit tampering: an admin change that makes a realm record less about itself (the
 * {@code runtime-access-events} listener removed, user or admin events or the admin events' details turned off,
 * events kept for a shorter time). {@link AuditTampering} compares the realm's {@link AuditSettings} before and
 * after an {@link AuditChange} and gives an assessment of one fixed severity. Apart from the scorer: it learns
 * nothing, keeps no state and is not called by {@code AnomalyScorer}; the event listener's audit watch calls it.
 */
package io.runtimeaccess.anomaly.audit;
