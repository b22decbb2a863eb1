package io.runtimeaccess.evaluation.rba;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** Writes rows in the RBA dataset's layout: its header, {@code True}/{@code False}, millisecond timestamps, LF line ends. */
public final class RbaCsvWriter implements Closeable {

    private final Writer out;
    private final StringBuilder line = new StringBuilder(512);

    public RbaCsvWriter(Writer out) {
        this.out = out;
        line.append(String.join(",", RbaCsv.COLUMNS)).append('\n');
        flushLine();
    }

    public void write(RbaRow row) {
        line.append(row.index()).append(',');
        line.append(RbaCsv.formatTimestamp(row.timeMillis())).append(',');
        field(row.userId());
        if (row.rttMillis() >= 0) {
            line.append(row.rttMillis());
        }
        line.append(',');
        field(row.ip());
        field(row.country());
        field(row.region());
        field(row.city());
        if (row.asn() != 0) {
            line.append(row.asn());
        }
        line.append(',');
        field(row.userAgent());
        field(row.browser());
        field(row.os());
        field(row.deviceType());
        line.append(RbaCsv.formatBoolean(row.loginSuccessful())).append(',');
        line.append(RbaCsv.formatBoolean(row.attackIp())).append(',');
        line.append(RbaCsv.formatBoolean(row.accountTakeover())).append('\n');
        flushLine();
    }

    private void field(String value) {
        CsvParser.appendField(line, value);
        line.append(',');
    }

    private void flushLine() {
        try {
            out.append(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        line.setLength(0);
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
