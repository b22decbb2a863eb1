package io.runtimeaccess.evaluation.dataset;

import io.runtimeaccess.anomaly.event.AdminOperation;
import io.runtimeaccess.anomaly.event.GrantedAccess;
import java.util.List;

/**
 * A token request or an admin change: events the RBA layout has no row for, kept in the side file with
 * their location columns (so a row-driven locator can place their address) and their ground truth.
 *
 * @param timeMillis    when
 * @param kind          token request or admin change
 * @param userId        the user (token) or the admin (admin change)
 * @param sessionId     the session the token belongs to; {@code null} for admin changes
 * @param ip            the client's address
 * @param country       where the address is (as an RBA row would say)
 * @param region        region
 * @param city          city
 * @param asn           ASN
 * @param userAgent     User-Agent header, or {@code null}
 * @param label         ground truth
 * @param operation     admin operation, or {@code null}
 * @param resourceType  admin resource type, or {@code null}
 * @param resourcePath  admin resource path, or {@code null}
 * @param targetUserId  the user an admin change is about, or {@code null}
 * @param granted       roles or groups given by an admin change
 */
public record SideEvent(long timeMillis, SideEventKind kind, String userId, String sessionId, String ip,
        String country, String region, String city, long asn, String userAgent, Label label,
        AdminOperation operation, String resourceType, String resourcePath, String targetUserId,
        List<GrantedAccess> granted) {

    public SideEvent {
        granted = granted == null ? List.of() : List.copyOf(granted);
    }
}
