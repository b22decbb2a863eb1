package io.runtimeaccess.lifecycle.csv;

import java.util.List;

/** One record of a CSV text; {@code line} is the 1-based line it starts on (a quoted field may span lines). */
public record CsvRecord(int line, List<String> fields) {

    public CsvRecord {
        fields = List.copyOf(fields);
    }
}
