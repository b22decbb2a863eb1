package io.runtimeaccess.lifecycle;

import io.runtimeaccess.testsupport.PackageCycles;
import org.junit.jupiter.api.Test;

/** The packages of the lifecycle adapters import each other in one direction only (admin mounts, the concepts below it). */
class PackageCycleTest {

    @Test
    void noPackageImportCycle() {
        PackageCycles.assertNone("io.runtimeaccess.lifecycle", "admin", "offboard");
    }
}
