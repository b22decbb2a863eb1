/**
 * Audit tampering seen from inside an admin request: a realm's audit settings (this listener among its event
 * listeners, user and admin events on, how long they are kept) read when the request starts and compared after each
 * of its admin events. {@link AuditWatch} turns a weakening into a finding through anomaly-core's
 * {@code AuditTampering} and hands it to the pipeline only once the change committed. Nothing is kept between
 * requests, so each node judges its own requests.
 */
package io.runtimeaccess.events.audit;
