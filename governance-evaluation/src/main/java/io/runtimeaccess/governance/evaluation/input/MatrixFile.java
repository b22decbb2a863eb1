package io.runtimeaccess.governance.evaluation.input;

import io.runtimeaccess.governance.matrix.AssignmentMatrix;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a user-permission matrix in the HP Labs format: one {@code user permission} pair per line, separated by
 * spaces or tabs (or a comma or semicolon, as the same data is often shared as CSV); blank lines and lines starting
 * with {@code #} are skipped, and a repeated pair counts once.
 */
public final class MatrixFile {

    private static final Pattern SEPARATOR = Pattern.compile("[\\s,;]+");

    private MatrixFile() {
    }

    public static AssignmentMatrix read(Path file) throws IOException {
        List<String[]> pairs = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                // a byte-order mark, as spreadsheet exports write, is not part of the first user's name
                String trimmed = (number == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line).trim();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] fields = SEPARATOR.split(trimmed);
                if (fields.length != 2) {
                    throw new IOException(file + ":" + number + ": expected 'user permission', got: " + trimmed);
                }
                pairs.add(fields);
            }
        }
        return AssignmentMatrix.of(pairs);
    }
}
