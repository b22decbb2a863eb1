package io.runtimeaccess.evaluation.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatasetFilesTest {

    @Test
    void aGzippedRbaFileFindsTheSameSideFilesAsThePlainOne() {
        DatasetFiles plain = DatasetFiles.beside(Path.of("/data/rba-generated.csv"));
        DatasetFiles gzipped = DatasetFiles.beside(Path.of("/data/rba-generated.csv.gz"));
        assertEquals(Path.of("/data/rba-generated.labels.csv"), plain.labels());
        assertEquals(plain.labels(), gzipped.labels());
        assertEquals(plain.events(), gzipped.events());
        assertEquals(Path.of("/data/rba-generated.csv.gz"), gzipped.rows());
    }
}
