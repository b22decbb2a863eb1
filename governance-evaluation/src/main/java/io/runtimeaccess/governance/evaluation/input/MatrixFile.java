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
 * with {@code #} are skipped, and a repeated pair counts once. A CSV header line above numeric pairs is skipped.
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
        if (isHeader(pairs)) {
            pairs.remove(0);
        }
        return AssignmentMatrix.of(pairs);
    }

    /**
     * A CSV export's header ({@code user,permission}): a first pair of two names that are not numbers above
     * pairs that are all numbers, as in the HP Labs files. Read as data it would be one more user and permission.
     */
    static boolean isHeader(List<String[]> pairs) {
        if (pairs.size() < 2 || isNumber(pairs.get(0)[0]) || isNumber(pairs.get(0)[1])) {
            return false;
        }
        for (int i = 1; i < pairs.size(); i++) {
            if (!isNumber(pairs.get(i)[0]) || !isNumber(pairs.get(i)[1])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNumber(String field) {
        for (int i = 0; i < field.length(); i++) {
            if (field.charAt(i) < '0' || field.charAt(i) > '9') {
                return false;
            }
        }
        return !field.isEmpty();
    }
}
