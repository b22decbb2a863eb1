package io.runtimeaccess.mappers;

import io.runtimeaccess.testsupport.PackageCycles;
import org.junit.jupiter.api.Test;

/** The packages of this module import each other in one direction only (the token mapper and the profile check once did not). */
class PackageCycleTest {

    @Test
    void noPackageImportCycle() {
        PackageCycles.assertNone("io.runtimeaccess.mappers", "usage", "token");
    }
}
