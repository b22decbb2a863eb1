package io.runtimeaccess.evaluation.dataset;

import io.runtimeaccess.anomaly.finding.Detection;

/**
 * The ground truth of one event.
 *
 * @param scenario  the benign population or attacker model it comes from
 * @param cause     the detection that should explain it, or {@code null} (benign, or an attack's context
 *                  event such as the token request right after a takeover's sign-in)
 * @param campaign  the attack campaign it belongs to (a spray, a brute force, a bulk delete), or {@code null}
 * @param target    the event is one the scorer should flag (a positive); an attack's context events are not
 */
public record Label(Scenario scenario, Detection cause, String campaign, boolean target) {

    public static Label benign(Scenario scenario) {
        return new Label(scenario, null, null, false);
    }

    public static Label attack(Scenario scenario, String campaign) {
        return new Label(scenario, scenario.cause(), campaign, true);
    }

    /** An attack event whose explaining detection is not the scenario's usual one. */
    public static Label attack(Scenario scenario, Detection cause, String campaign) {
        return new Label(scenario, cause, campaign, true);
    }

    /** An attacker's event that no detection is meant to flag by itself. */
    public static Label context(Scenario scenario, String campaign) {
        return new Label(scenario, null, campaign, false);
    }

    public boolean positive() {
        return scenario.attack() && target;
    }

    public boolean negative() {
        return !scenario.attack();
    }
}
