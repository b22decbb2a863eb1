package io.runtimeaccess.anomaly;

import io.runtimeaccess.testsupport.PackageCycles;
import org.junit.jupiter.api.Test;

/**
 * The packages of this module import each other in one direction only. An event read into the scorer's terms
 * (the observation and the parsed time, address, location and user agent it holds) sits in a package of its own
 * below the detections, so a detection package can read it while the scoring arithmetic never imports a detection.
 */
class PackageCycleTest {

    @Test
    void noPackageImportCycle() {
        PackageCycles.assertNone("io.runtimeaccess.anomaly", "device", "observation");
    }
}
