package io.runtimeaccess.reviews;

import io.runtimeaccess.testsupport.PackageCycles;
import org.junit.jupiter.api.Test;

/** The packages of this module import each other in one direction only (the JPA registration wires the store and the sweep, so it sits in a package of its own). */
class PackageCycleTest {

    @Test
    void noPackageImportCycle() {
        PackageCycles.assertNone("io.runtimeaccess.reviews", "sweep", "close");
    }
}
