package io.runtimeaccess.governance.risk;

/**
 * The points each reason adds, in one place so docs/governance.md ("User risk") and the code agree. The sum is
 * capped at 100. The weights put an unprotected administrator (admin role without a second factor) at medium,
 * and make it high as soon as one more signal joins it (dormancy, the designer flag, a violation, a finding).
 */
public final class RiskPoints {

    public static final int ADMIN_ROLE = 35;
    public static final int PRIVILEGED_ACCESS = 20;
    public static final int DESIGNER = 25;
    public static final int BROAD_ACCESS = 8;
    public static final int VERY_BROAD_ACCESS = 15;
    public static final int NO_SECOND_FACTOR = 10;
    public static final int NO_SECOND_FACTOR_PRIVILEGED = 25;
    public static final int DORMANT = 15;
    public static final int SOD_VIOLATION_EACH = 15;
    public static final int SOD_VIOLATIONS_MAX = 30;
    public static final int HIGH_FINDING_EACH = 15;
    public static final int OTHER_FINDING_EACH = 5;
    public static final int FINDINGS_MAX = 30;

    /** Breadth: this many solutions or items is broad, the larger pair very broad. */
    public static final int BROAD_SOLUTIONS = 5;
    public static final int BROAD_ITEMS = 15;
    public static final int VERY_BROAD_SOLUTIONS = 10;
    public static final int VERY_BROAD_ITEMS = 30;

    public static final int MAX_SCORE = 100;

    private RiskPoints() {
    }
}
