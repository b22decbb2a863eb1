package io.runtimeaccess.anomaly.admin;

import io.runtimeaccess.anomaly.event.AdminAction;
import io.runtimeaccess.anomaly.event.GrantedAccess;
import io.runtimeaccess.anomaly.finding.Detection;
import io.runtimeaccess.anomaly.finding.Reason;
import io.runtimeaccess.anomaly.observation.IpAddresses;
import io.runtimeaccess.anomaly.observation.UtcClock;
import io.runtimeaccess.anomaly.score.Evidence;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Detection 9: an admin-level role or group granted (the adapter marks which are privileged). Always
 * worth a look; much more so when an admin grants it to themselves or does it from a network they never
 * administered from.
 *
 * <p>A network counts as the admin's only once {@link AdminProfile#knowsNetwork confirmed}: used at two
 * moments more than an hour apart. Otherwise an attacker's harmless first change (creating an account)
 * would teach the network, and the grant a minute later would look routine.
 */
public final class PrivilegeEscalation {

    static final double GRANTED_WEIGHT = 35;
    static final double NEW_NETWORK_WEIGHT = 65;
    static final double SELF_GRANTED_WEIGHT = 85;
    static final double SELF_GRANTED_FROM_NEW_NETWORK_WEIGHT = 92;

    /** Changes an admin needs before "a network they never used" means something. */
    static final int MIN_ACTIONS_FOR_NETWORK = 3;
    /** Confirmed networks listed in the evidence. */
    private static final int USUAL_NETWORKS_SHOWN = 3;

    public Reason judge(AdminProfile admin, AdminAction action, int network) {
        String privileged = privileged(action);
        if (privileged == null) {
            return null;
        }
        boolean self = action.selfTargeted();
        boolean newNetwork = isNewNetwork(admin, network);
        double weight = self && newNetwork ? SELF_GRANTED_FROM_NEW_NETWORK_WEIGHT
                : self ? SELF_GRANTED_WEIGHT
                : newNetwork ? NEW_NETWORK_WEIGHT
                : GRANTED_WEIGHT;
        StringBuilder text = new StringBuilder("Admin-level access (").append(privileged).append(") granted ");
        text.append(self ? "by an admin to themselves" : "to user " + action.targetUserId());
        if (newNetwork) {
            text.append(" from a network this admin ").append(networkHistory(admin, network, action)).append(" (")
                    .append(IpAddresses.networkLabel(network)).append(')');
        }
        return new Reason(Detection.PRIVILEGE_ESCALATION, weight, text.toString(),
                evidence(admin, action, network, privileged, self));
    }

    /**
     * Not one of the admin's confirmed networks, once the admin has enough history (some changes and at
     * least one confirmed network) for that to mean something.
     */
    private static boolean isNewNetwork(AdminProfile admin, int network) {
        return admin != null && admin.actions() >= MIN_ACTIONS_FOR_NETWORK && admin.hasKnownNetwork()
                && !admin.knowsNetwork(network);
    }

    /** "never used", or "first used 2 minutes ago" when the network was seen only in the current sitting. */
    private static String networkHistory(AdminProfile admin, int network, AdminAction action) {
        int since = admin.unconfirmedSince(network);
        if (since < 0) {
            return "never used";
        }
        int minutes = Math.max(0, UtcClock.seconds(action.timeMillis()) - since) / 60;
        return "first used " + minutes + (minutes == 1 ? " minute" : " minutes") + " ago";
    }

    private static String privileged(AdminAction action) {
        StringJoiner names = null;
        for (GrantedAccess access : action.granted()) {
            if (access.privileged()) {
                if (names == null) {
                    names = new StringJoiner(", ");
                }
                names.add(access.kind() + " " + access.name());
            }
        }
        return names == null ? null : names.toString();
    }

    private static Map<String, String> evidence(AdminProfile admin, AdminAction action, int network, String privileged,
            boolean self) {
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put(Evidence.GRANTED, privileged);
        evidence.put(Evidence.TARGET_USER, String.valueOf(action.targetUserId()));
        evidence.put(Evidence.SELF_GRANTED, Boolean.toString(self));
        evidence.put(Evidence.IP, String.valueOf(action.ip()));
        evidence.put(Evidence.ADMIN_NETWORK, IpAddresses.networkLabel(network));
        evidence.put(Evidence.USUAL_ADMIN_NETWORKS, usualNetworks(admin));
        return evidence;
    }

    static String usualNetworks(AdminProfile admin) {
        if (admin == null) {
            return "";
        }
        StringJoiner joiner = new StringJoiner(", ");
        for (int network : admin.knownNetworks(USUAL_NETWORKS_SHOWN)) {
            joiner.add(IpAddresses.networkLabel(network));
        }
        return joiner.toString();
    }
}
