package io.runtimeaccess.anomaly;

import io.runtimeaccess.anomaly.spray.BruteForce;
import io.runtimeaccess.anomaly.spray.DistributedSpray;
import io.runtimeaccess.anomaly.spray.PasswordSpray;

/**
 * The failure-based detections (5–7), configured once from the settings. They hold no state of their own (their
 * windows live in {@link ScorerState}), so the sign-in and the failed-sign-in paths can share one set.
 */
record SprayDetectors(PasswordSpray passwordSpray, BruteForce bruteForce, DistributedSpray distributedSpray) {

    static SprayDetectors of(ScorerSettings settings) {
        return new SprayDetectors(
                new PasswordSpray(settings.sprayWindowSeconds(), settings.sprayMinDistinctUsers()),
                new BruteForce(settings.bruteForceWindowSeconds(), settings.bruteForceMinDistinctIps()),
                new DistributedSpray(settings.realmSpikeWindowSeconds(), settings.realmSpikeMinFailures(),
                        settings.realmSpikeFactor()));
    }
}
