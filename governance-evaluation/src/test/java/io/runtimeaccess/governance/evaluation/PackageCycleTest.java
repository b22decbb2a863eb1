package io.runtimeaccess.governance.evaluation;

import io.runtimeaccess.testsupport.PackageCycles;
import org.junit.jupiter.api.Test;

/** The commands read their input through {@code input/}; only the entry point knows every command. */
class PackageCycleTest {

    @Test
    void noPackageImportCycle() {
        PackageCycles.assertNone("io.runtimeaccess.governance.evaluation", "recommend", "input");
    }
}
