/**
 * Detections 9 and 10, on admin changes: {@link PrivilegeEscalation} (an admin-level role or group granted, worse
 * when granted to oneself or from a network the admin has not confirmed) and {@link BulkAdminActivity} (a burst of
 * creates, deletes or role/group changes against that admin's own busiest window). {@link AdminProfile} is one
 * admin's learned normal: confirmed networks and usual peaks. Which grants are admin-level is decided by the
 * Keycloak adapter and arrives as a flag on the event, not here.
 */
package io.runtimeaccess.anomaly.admin;
