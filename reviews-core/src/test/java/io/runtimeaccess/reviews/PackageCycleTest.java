package io.runtimeaccess.reviews;

import io.runtimeaccess.testsupport.PackageCycles;
import org.junit.jupiter.api.Test;

/** The packages of the core import each other in one direction only (decisions and campaigns share the input refusal, which therefore sits in a package of its own). */
class PackageCycleTest {

    @Test
    void noPackageImportCycle() {
        PackageCycles.assertNone("io.runtimeaccess.reviews", "campaign", "decision");
    }
}
