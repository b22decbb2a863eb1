package io.runtimeaccess.requests;

import io.runtimeaccess.testsupport.PackageCycles;
import org.junit.jupiter.api.Test;

/** The packages of this module import each other in one direction only (the JPA registration once sat in the store, which the expiry sweep it schedules imports). */
class PackageCycleTest {

    @Test
    void noPackageImportCycle() {
        PackageCycles.assertNone("io.runtimeaccess.requests", "approval", "access");
    }
}
