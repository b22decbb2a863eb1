package io.runtimeaccess.evaluation.dataset;

import io.runtimeaccess.evaluation.rba.RbaCsvWriter;
import io.runtimeaccess.evaluation.rba.RbaRow;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a dataset lives on disk: {@code NAME.csv} in the RBA layout, {@code NAME.labels.csv} and
 * {@code NAME.events.csv} beside it (see {@link SideFiles}).
 */
public record DatasetFiles(Path rows, Path labels, Path events) {

    public static DatasetFiles in(Path directory, String name) {
        return new DatasetFiles(directory.resolve(name + ".csv"), directory.resolve(name + ".labels.csv"),
                directory.resolve(name + ".events.csv"));
    }

    /** The side files of an RBA file {@code X.csv} or {@code X.csv.gz}: {@code X.labels.csv} and {@code X.events.csv}. */
    public static DatasetFiles beside(Path rbaCsv) {
        String file = rbaCsv.getFileName().toString();
        String base = file.endsWith(".csv.gz") ? file.substring(0, file.length() - 7)
                : file.endsWith(".csv") ? file.substring(0, file.length() - 4) : file;
        Path dir = rbaCsv.toAbsolutePath().getParent();
        return new DatasetFiles(rbaCsv, dir.resolve(base + ".labels.csv"), dir.resolve(base + ".events.csv"));
    }

    public void write(Dataset dataset) throws IOException {
        Files.createDirectories(rows.toAbsolutePath().getParent());
        try (RbaCsvWriter writer = new RbaCsvWriter(open(rows))) {
            for (RbaRow row : dataset.rows()) {
                writer.write(row);
            }
        }
        try (Writer w = open(labels)) {
            SideFiles.writeLabels(w, dataset.labels());
        }
        try (Writer w = open(events)) {
            SideFiles.writeEvents(w, dataset.sideEvents());
        }
    }

    private static Writer open(Path path) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8), 1 << 16);
    }
}
