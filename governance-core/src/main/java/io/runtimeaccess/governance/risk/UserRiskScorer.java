package io.runtimeaccess.governance.risk;

import io.runtimeaccess.governance.access.AccessItem;
import io.runtimeaccess.governance.access.AccessKind;
import io.runtimeaccess.governance.access.Holding;
import io.runtimeaccess.governance.access.UserRecord;
import io.runtimeaccess.governance.settings.GovernanceSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores a user's risk from privilege (admin roles, designer bypass, breadth of access), authentication strength,
 * dormancy, separation-of-duties violations and open findings. Each signal is one {@link RiskReason} with a
 * stable code and the points of {@link RiskPoints}; the score is their sum capped at 100. A disabled user scores
 * 0 with the single reason {@code disabled}: the account cannot sign in, so nothing it holds can be used until
 * someone enables it (which is when it is scored again). Deterministic: the same inputs give the same risk.
 */
public final class UserRiskScorer {

    public static final String MODEL_VERSION = "risk-1";
    /** The one reason of a disabled account's risk, which says nothing of the account once it is enabled again. */
    public static final String DISABLED = "disabled";

    private UserRiskScorer() {
    }

    public static UserRisk score(UserRecord user, int sodViolations, Instant now, GovernanceSettings settings) {
        if (!user.enabled()) {
            return new UserRisk(0, RiskLevel.LOW.apiName(), List.of(new RiskReason(DISABLED, 0,
                    "Disabled: the account cannot sign in, so its access cannot be used")));
        }
        List<RiskReason> reasons = new ArrayList<>();
        boolean privileged = privilege(user, settings, reasons);
        breadth(user, reasons);
        authentication(user, privileged, reasons);
        dormancy(user, now, settings.dormantDays(), reasons);
        separation(sodViolations, reasons);
        findings(user, reasons);
        int sum = 0;
        for (RiskReason reason : reasons) {
            sum += reason.points();
        }
        int score = Math.min(RiskPoints.MAX_SCORE, sum);
        return new UserRisk(score, RiskLevel.of(score).apiName(), reasons);
    }

    /** Adds the admin, privileged-access and designer reasons; true if any applies. */
    private static boolean privilege(UserRecord user, GovernanceSettings settings, List<RiskReason> reasons) {
        Set<String> admin = new TreeSet<>();
        Set<String> marked = new TreeSet<>();
        for (Holding holding : user.holdings()) {
            AccessItem item = holding.item();
            if (AdminRoles.isAdmin(item) && !inheritedFromKeycloak(holding)) {
                admin.add(item.label());
            } else if (item.privileged() || settings.privilegedItems().contains(item.key())
                    || AdminRoles.isAdmin(item)) {
                // an admin role through a group or composite is what made that group or composite privileged: it
                // counts as privileged access, whether or not a separation-of-duties rule made it visible
                marked.add(item.label());
            }
        }
        if (!admin.isEmpty()) {
            reasons.add(new RiskReason("admin-role", RiskPoints.ADMIN_ROLE, "Holds admin roles: " + names(admin)));
        }
        if (!marked.isEmpty()) {
            reasons.add(new RiskReason("privileged-access", RiskPoints.PRIVILEGED_ACCESS,
                    "Holds access marked privileged: " + names(marked)));
        }
        if (user.designer()) {
            reasons.add(new RiskReason("designer", RiskPoints.DESIGNER,
                    "Designer flag: bypasses swimlane permissions"));
        }
        return !admin.isEmpty() || !marked.isEmpty() || user.designer();
    }

    private static void breadth(UserRecord user, List<RiskReason> reasons) {
        Set<String> solutions = new TreeSet<>();
        Set<String> items = new TreeSet<>();
        for (Holding holding : user.holdings()) {
            if (inheritedFromKeycloak(holding)) {
                continue; // the group or composite that brings it is counted already
            }
            items.add(holding.item().key());
            if (holding.item().kind() == AccessKind.GRANT && holding.item().solutionId() != null) {
                solutions.add(holding.item().solutionId());
            }
        }
        String text = "Broad access: " + solutions.size() + " solutions, " + items.size() + " items";
        if (solutions.size() >= RiskPoints.VERY_BROAD_SOLUTIONS || items.size() >= RiskPoints.VERY_BROAD_ITEMS) {
            reasons.add(new RiskReason("very-broad-access", RiskPoints.VERY_BROAD_ACCESS, text));
        } else if (solutions.size() >= RiskPoints.BROAD_SOLUTIONS || items.size() >= RiskPoints.BROAD_ITEMS) {
            reasons.add(new RiskReason("broad-access", RiskPoints.BROAD_ACCESS, text));
        }
    }

    /**
     * A Keycloak role or group held only through a group or composite: the snapshot lists those a
     * separation-of-duties rule names, so that the scan sees them; they must not change the user's risk.
     */
    private static boolean inheritedFromKeycloak(Holding holding) {
        return !holding.direct() && holding.item().kind().isKeycloak();
    }

    private static void authentication(UserRecord user, boolean privileged, List<RiskReason> reasons) {
        if (user.secondFactor()) {
            return;
        }
        if (privileged) {
            reasons.add(new RiskReason("no-second-factor-privileged", RiskPoints.NO_SECOND_FACTOR_PRIVILEGED,
                    "No second factor configured on a privileged account"));
        } else {
            reasons.add(new RiskReason("no-second-factor", RiskPoints.NO_SECOND_FACTOR,
                    "No second factor configured"));
        }
    }

    /** Dormant when the last sign-in, or the creation if never signed in, is at least dormantDays old. */
    private static void dormancy(UserRecord user, Instant now, int dormantDays, List<RiskReason> reasons) {
        Instant since = user.lastSignIn() != null ? user.lastSignIn() : user.createdAt();
        if (since == null) {
            return;
        }
        long days = Duration.between(since, now).toDays();
        if (days < dormantDays) {
            return;
        }
        String text = user.lastSignIn() != null
                ? "Dormant: no sign-in for " + days + " days"
                : "Dormant: never signed in, created " + days + " days ago";
        reasons.add(new RiskReason("dormant", RiskPoints.DORMANT, text));
    }

    private static void separation(int violations, List<RiskReason> reasons) {
        if (violations <= 0) {
            return;
        }
        int points = Math.min(RiskPoints.SOD_VIOLATIONS_MAX, violations * RiskPoints.SOD_VIOLATION_EACH);
        reasons.add(new RiskReason("sod-violation", points,
                "Violates " + violations + " separation-of-duties rule" + (violations == 1 ? "" : "s")));
    }

    private static void findings(UserRecord user, List<RiskReason> reasons) {
        int high = Math.max(0, user.highFindings());
        int other = Math.max(0, user.openFindings() - high);
        if (high + other == 0) {
            return;
        }
        int points = Math.min(RiskPoints.FINDINGS_MAX,
                high * RiskPoints.HIGH_FINDING_EACH + other * RiskPoints.OTHER_FINDING_EACH);
        reasons.add(new RiskReason("open-findings", points,
                (high + other) + " open or recently confirmed anomaly finding" + (high + other == 1 ? "" : "s")
                        + ", " + high + " high"));
    }

    private static String names(Set<String> names) {
        return String.join(", ", names);
    }
}
