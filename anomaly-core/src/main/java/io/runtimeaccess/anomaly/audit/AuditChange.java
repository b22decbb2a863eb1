package io.runtimeaccess.anomaly.audit;

import java.util.Objects;

/**
 * One admin change of a realm, with the realm's audit settings as they were before the change and as
 * the change left them.
 *
 * @param id          the id of the admin event
 * @param timeMillis  when it happened (epoch milliseconds)
 * @param realmId     the realm
 * @param adminUserId who made the change
 * @param ip          the admin's IP address as text, or {@code null}
 * @param before      the audit settings before the change
 * @param after       the audit settings after it
 */
public record AuditChange(String id, long timeMillis, String realmId, String adminUserId, String ip,
        AuditSettings before, AuditSettings after) {

    public AuditChange {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
