package io.runtimeaccess.governance.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.governance.access.AccessItem;
import io.runtimeaccess.governance.access.Holding;
import io.runtimeaccess.governance.access.UserRecord;
import io.runtimeaccess.governance.settings.GovernanceSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserRiskScorerTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final GovernanceSettings SETTINGS = GovernanceSettings.defaults();
    private static final AccessItem REALM_ADMIN = AccessItem.clientRole("realm-management", "realm-admin", true);
    private static final AccessItem PAYMENTS = AccessItem.grant("s1", "approver", "Payments / approver", false);

    /** An enabled user with a second factor who signed in yesterday and holds {@code items}. */
    private static UserRecord user(boolean enabled, boolean secondFactor, Instant lastSignIn, boolean designer,
            int open, int high, List<AccessItem> items) {
        List<Holding> holdings = new ArrayList<>();
        for (AccessItem item : items) {
            holdings.add(Holding.direct(item));
        }
        return new UserRecord("u1", "alice", Map.of(), enabled, Set.of(), false, secondFactor,
                NOW.minus(Duration.ofDays(400)), lastSignIn, designer, open, high, holdings);
    }

    private static UserRecord quiet(List<AccessItem> items) {
        return user(true, true, NOW.minus(Duration.ofDays(1)), false, 0, 0, items);
    }

    private static RiskReason only(UserRisk risk) {
        assertEquals(1, risk.reasons().size(), risk.reasons().toString());
        return risk.reasons().get(0);
    }

    @Test
    void aQuietUserWithASecondFactorScoresZero() {
        UserRisk risk = UserRiskScorer.score(quiet(List.of(PAYMENTS)), 0, NOW, SETTINGS);
        assertEquals(0, risk.score());
        assertEquals("low", risk.level());
        assertTrue(risk.reasons().isEmpty());
    }

    /**
     * An admin role through a Keycloak group is privileged access, and stays so when a separation-of-duties rule
     * names the role (the snapshot then lists it as inherited): the rule changes neither the score nor its reasons'
     * codes, nor the breadth of access.
     */
    @Test
    void anAdminRoleThroughAGroupScoresTheSameWhetherARuleNamesItOrNot() {
        AccessItem operators = AccessItem.group("g1", "/operators", true);
        AccessItem manageUsers = AccessItem.clientRole("realm-management", "manage-users", false);
        UserRisk plain = UserRiskScorer.score(quiet(List.of(operators)), 0, NOW, SETTINGS);
        UserRecord base = quiet(List.of(operators));
        List<Holding> withRule = new ArrayList<>(base.holdings());
        withRule.add(new Holding(manageUsers, "keycloak", "a Keycloak group or composite role", null, null, null));
        UserRecord ruled = new UserRecord(base.id(), base.username(), base.attributes(), base.enabled(),
                base.identityProviders(), base.federated(), base.secondFactor(), base.createdAt(), base.lastSignIn(),
                base.designer(), base.openFindings(), base.highFindings(), withRule);
        UserRisk risk = UserRiskScorer.score(ruled, 0, NOW, SETTINGS);
        assertEquals(plain.score(), risk.score(), risk.reasons().toString());
        assertEquals(List.of("privileged-access"), risk.reasons().stream().map(RiskReason::code).toList());
    }

    @Test
    void adminRolesCountAndViewRolesDoNot() {
        RiskReason reason = only(UserRiskScorer.score(quiet(List.of(REALM_ADMIN)), 0, NOW, SETTINGS));
        assertEquals("admin-role", reason.code());
        assertEquals(RiskPoints.ADMIN_ROLE, reason.points());
        assertTrue(reason.text().contains("realm-management realm-admin"), reason.text());

        AccessItem manageUsers = AccessItem.clientRole("realm-management", "manage-users", false);
        assertEquals("admin-role", only(UserRiskScorer.score(quiet(List.of(manageUsers)), 0, NOW, SETTINGS)).code());
        AccessItem masterClient = AccessItem.clientRole("acme-realm", "manage-clients", false);
        assertEquals("admin-role", only(UserRiskScorer.score(quiet(List.of(masterClient)), 0, NOW, SETTINGS)).code());
        assertEquals("admin-role", only(UserRiskScorer.score(quiet(List.of(AccessItem.realmRole("admin", true))), 0,
                NOW, SETTINGS)).code());

        AccessItem viewUsers = AccessItem.clientRole("realm-management", "view-users", false);
        assertEquals(0, UserRiskScorer.score(quiet(List.of(viewUsers)), 0, NOW, SETTINGS).score());
    }

    @Test
    void itemsMarkedPrivilegedCountInTheItemOrInTheSettings() {
        AccessItem marked = AccessItem.grant("s2", "payer", "Treasury / payer", true);
        RiskReason reason = only(UserRiskScorer.score(quiet(List.of(marked)), 0, NOW, SETTINGS));
        assertEquals("privileged-access", reason.code());
        assertEquals(RiskPoints.PRIVILEGED_ACCESS, reason.points());

        GovernanceSettings markedInSettings = new GovernanceSettings(SETTINGS.mode(), Set.of(), 90, 90, List.of(),
                Set.of(PAYMENTS.key()), 30, 0.5);
        assertEquals("privileged-access",
                only(UserRiskScorer.score(quiet(List.of(PAYMENTS)), 0, NOW, markedInSettings)).code());
    }

    @Test
    void theDesignerFlagCounts() {
        RiskReason reason = only(UserRiskScorer.score(
                user(true, true, NOW.minus(Duration.ofDays(1)), true, 0, 0, List.of()), 0, NOW, SETTINGS));
        assertEquals("designer", reason.code());
        assertEquals(RiskPoints.DESIGNER, reason.points());
    }

    @Test
    void breadthIsBroadFromFiveSolutionsAndVeryBroadFromTen() {
        assertEquals(0, UserRiskScorer.score(quiet(grants(4)), 0, NOW, SETTINGS).score());
        RiskReason broad = only(UserRiskScorer.score(quiet(grants(5)), 0, NOW, SETTINGS));
        assertEquals("broad-access", broad.code());
        assertEquals(RiskPoints.BROAD_ACCESS, broad.points());
        assertEquals("Broad access: 5 solutions, 5 items", broad.text());
        RiskReason veryBroad = only(UserRiskScorer.score(quiet(grants(10)), 0, NOW, SETTINGS));
        assertEquals("very-broad-access", veryBroad.code());
        assertEquals(RiskPoints.VERY_BROAD_ACCESS, veryBroad.points());
    }

    @Test
    void noSecondFactorWeighsMoreOnAPrivilegedAccount() {
        RiskReason plain = only(UserRiskScorer.score(
                user(true, false, NOW.minus(Duration.ofDays(1)), false, 0, 0, List.of(PAYMENTS)), 0, NOW, SETTINGS));
        assertEquals("no-second-factor", plain.code());
        assertEquals(RiskPoints.NO_SECOND_FACTOR, plain.points());

        UserRisk admin = UserRiskScorer.score(
                user(true, false, NOW.minus(Duration.ofDays(1)), false, 0, 0, List.of(REALM_ADMIN)), 0, NOW, SETTINGS);
        assertEquals(RiskPoints.ADMIN_ROLE + RiskPoints.NO_SECOND_FACTOR_PRIVILEGED, admin.score());
        assertEquals("no-second-factor-privileged", admin.reasons().get(1).code());
        assertEquals("medium", admin.level());
    }

    @Test
    void dormancyFollowsTheSettingsFromTheLastSignInOrTheCreation() {
        RiskReason dormant = only(UserRiskScorer.score(
                user(true, true, NOW.minus(Duration.ofDays(90)), false, 0, 0, List.of()), 0, NOW, SETTINGS));
        assertEquals("dormant", dormant.code());
        assertEquals(RiskPoints.DORMANT, dormant.points());
        assertEquals("Dormant: no sign-in for 90 days", dormant.text());
        assertEquals(0, UserRiskScorer.score(
                user(true, true, NOW.minus(Duration.ofDays(89)), false, 0, 0, List.of()), 0, NOW, SETTINGS).score());

        RiskReason never = only(UserRiskScorer.score(user(true, true, null, false, 0, 0, List.of()), 0, NOW, SETTINGS));
        assertEquals("Dormant: never signed in, created 400 days ago", never.text());

        GovernanceSettings longer = new GovernanceSettings(SETTINGS.mode(), Set.of(), 500, 90, List.of(), Set.of(),
                30, 0.5);
        assertEquals(0, UserRiskScorer.score(user(true, true, null, false, 0, 0, List.of()), 0, NOW, longer).score());
    }

    @Test
    void separationOfDutiesViolationsAddUpToTheirCap() {
        RiskReason one = only(UserRiskScorer.score(quiet(List.of()), 1, NOW, SETTINGS));
        assertEquals("sod-violation", one.code());
        assertEquals(RiskPoints.SOD_VIOLATION_EACH, one.points());
        assertEquals(RiskPoints.SOD_VIOLATIONS_MAX, only(UserRiskScorer.score(quiet(List.of()), 5, NOW, SETTINGS))
                .points());
    }

    @Test
    void highFindingsWeighMoreThanOthers() {
        UserRecord lowOnes = user(true, true, NOW.minus(Duration.ofDays(1)), false, 2, 0, List.of());
        UserRecord highOne = user(true, true, NOW.minus(Duration.ofDays(1)), false, 1, 1, List.of());
        RiskReason low = only(UserRiskScorer.score(lowOnes, 0, NOW, SETTINGS));
        RiskReason high = only(UserRiskScorer.score(highOne, 0, NOW, SETTINGS));
        assertEquals("open-findings", low.code());
        assertEquals(2 * RiskPoints.OTHER_FINDING_EACH, low.points());
        assertEquals(RiskPoints.HIGH_FINDING_EACH, high.points());
        assertEquals("1 open or recently confirmed anomaly finding, 1 high", high.text());
        UserRecord many = user(true, true, NOW.minus(Duration.ofDays(1)), false, 9, 5, List.of());
        assertEquals(RiskPoints.FINDINGS_MAX, only(UserRiskScorer.score(many, 0, NOW, SETTINGS)).points());
    }

    @Test
    void aDisabledUserScoresZeroAndSaysWhy() {
        UserRecord disabled = user(false, false, null, true, 3, 3, List.of(REALM_ADMIN));
        UserRisk risk = UserRiskScorer.score(disabled, 2, NOW, SETTINGS);
        assertEquals(0, risk.score());
        assertEquals("disabled", only(risk).code());
        assertTrue(only(risk).text().contains("cannot sign in"));
    }

    @Test
    void everythingTogetherIsCappedAt100AndHigh() {
        List<AccessItem> items = new ArrayList<>(grants(12));
        items.add(REALM_ADMIN);
        UserRecord worst = user(true, false, NOW.minus(Duration.ofDays(200)), true, 4, 4, items);
        UserRisk risk = UserRiskScorer.score(worst, 3, NOW, SETTINGS);
        int sum = risk.reasons().stream().mapToInt(RiskReason::points).sum();
        assertTrue(sum > 100, "the reasons add up to more than the cap: " + sum);
        assertEquals(100, risk.score());
        assertEquals("high", risk.level());
        assertEquals(List.of("admin-role", "designer", "very-broad-access", "no-second-factor-privileged", "dormant",
                "sod-violation", "open-findings"), risk.reasons().stream().map(RiskReason::code).toList());
    }

    @Test
    void levelsAreLowBelow40MediumBelow70AndHighFrom70() {
        assertEquals(RiskLevel.LOW, RiskLevel.of(39));
        assertEquals(RiskLevel.MEDIUM, RiskLevel.of(40));
        assertEquals(RiskLevel.MEDIUM, RiskLevel.of(69));
        assertEquals(RiskLevel.HIGH, RiskLevel.of(70));
    }

    @Test
    void theSameInputsGiveTheSameRiskWhateverTheHoldingsOrder() {
        List<AccessItem> items = new ArrayList<>(grants(6));
        items.add(REALM_ADMIN);
        items.add(AccessItem.clientRole("realm-management", "manage-users", true));
        UserRisk first = UserRiskScorer.score(user(true, false, null, false, 1, 0, items), 1, NOW, SETTINGS);
        java.util.Collections.reverse(items);
        UserRisk second = UserRiskScorer.score(user(true, false, null, false, 1, 0, items), 1, NOW, SETTINGS);
        assertEquals(first, second);
        assertFalse(first.reasons().isEmpty());
    }

    private static List<AccessItem> grants(int solutions) {
        List<AccessItem> items = new ArrayList<>();
        for (int i = 0; i < solutions; i++) {
            items.add(AccessItem.grant("s" + i, "user", "Solution " + i + " / user", false));
        }
        return items;
    }
}
