package io.runtimeaccess.sharing;

import io.runtimeaccess.testsupport.PackageCycles;
import org.junit.jupiter.api.Test;

/** The packages of this module import each other in one direction only (the JPA registration wires the store, the index and the use marks together, so it sits in a package of its own). */
class PackageCycleTest {

    @Test
    void noPackageImportCycle() {
        PackageCycles.assertNone("io.runtimeaccess.sharing", "admin", "store");
    }
}
