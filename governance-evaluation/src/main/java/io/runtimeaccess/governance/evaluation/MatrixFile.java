package io.runtimeaccess.governance.evaluation;

import io.runtimeaccess.governance.matrix.AssignmentMatrix;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a user-permission matrix in the HP Labs format: one {@code user permission} pair per line. */
public final class MatrixFile {

    private MatrixFile() {
    }

    public static AssignmentMatrix read(Path file) throws IOException {
        List<String[]> pairs = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                String trimmed = line.trim();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] fields = trimmed.split("\\s+");
                if (fields.length != 2) {
                    throw new IOException(file + ":" + number + ": expected 'user permission', got: " + trimmed);
                }
                pairs.add(fields);
            }
        }
        return AssignmentMatrix.of(pairs);
    }
}
