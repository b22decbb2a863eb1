package io.runtimeaccess.evaluation.dataset;

import io.runtimeaccess.anomaly.event.AdminOperation;
import io.runtimeaccess.anomaly.event.GrantedAccess;
import io.runtimeaccess.anomaly.finding.Detection;
import io.runtimeaccess.evaluation.rba.CsvParser;
import io.runtimeaccess.evaluation.rba.RbaCsv;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The two side files written next to a generated RBA CSV:
 * <ul>
 *   <li>{@code *.labels.csv}, one line per RBA row in the same order:
 *       {@code index,scenario,cause,campaign,target,known_user,session,device_id} ({@code device_id} optional);</li>
 *   <li>{@code *.events.csv}, the token requests and admin changes in time order:
 *       {@code timestamp,kind,user,session,ip,country,region,city,asn,user_agent,scenario,cause,campaign,target,
 *       operation,resource_type,resource_path,target_user,granted}, where {@code granted} lists
 *       {@code kind:name:privileged|plain} entries separated by {@code |}.</li>
 * </ul>
 */
public final class SideFiles {

    public static final List<String> LABEL_COLUMNS = List.of("index", "scenario", "cause", "campaign", "target",
            "known_user", "session");
    /** Optional in the labels file (written since the device cookie); without it no sign-in carries a device id. */
    public static final String DEVICE_ID_COLUMN = "device_id";
    public static final List<String> EVENT_COLUMNS = List.of("timestamp", "kind", "user", "session", "ip", "country",
            "region", "city", "asn", "user_agent", "scenario", "cause", "campaign", "target", "operation",
            "resource_type", "resource_path", "target_user", "granted");

    private SideFiles() {
    }

    public static void writeLabels(Writer out, Iterable<LoginLabel> labels) throws IOException {
        StringBuilder line = new StringBuilder(256);
        out.append(String.join(",", LABEL_COLUMNS)).append(',').append(DEVICE_ID_COLUMN).append('\n');
        for (LoginLabel l : labels) {
            line.setLength(0);
            line.append(l.index()).append(',');
            label(line, l.label());
            line.append(l.knownUser()).append(',');
            field(line, l.sessionId());
            CsvParser.appendField(line, l.deviceId());
            out.append(line.append('\n'));
        }
    }

    public static void writeEvents(Writer out, Iterable<SideEvent> events) throws IOException {
        StringBuilder line = new StringBuilder(512);
        out.append(String.join(",", EVENT_COLUMNS)).append('\n');
        for (SideEvent e : events) {
            line.setLength(0);
            line.append(RbaCsv.formatTimestamp(e.timeMillis())).append(',').append(e.kind()).append(',');
            field(line, e.userId());
            field(line, e.sessionId());
            field(line, e.ip());
            field(line, e.country());
            field(line, e.region());
            field(line, e.city());
            line.append(e.asn()).append(',');
            field(line, e.userAgent());
            label(line, e.label());
            field(line, e.operation() == null ? null : e.operation().name());
            field(line, e.resourceType());
            field(line, e.resourcePath());
            field(line, e.targetUserId());
            StringBuilder granted = new StringBuilder();
            for (GrantedAccess g : e.granted()) {
                if (granted.length() > 0) {
                    granted.append('|');
                }
                granted.append(g.kind()).append(':').append(g.name()).append(':')
                        .append(g.privileged() ? "privileged" : "plain");
            }
            CsvParser.appendField(line, granted.toString());
            out.append(line.append('\n'));
        }
    }

    private static void label(StringBuilder line, Label label) {
        line.append(label.scenario().name()).append(',');
        line.append(label.cause() == null ? "" : label.cause().name()).append(',');
        field(line, label.campaign());
        line.append(label.target()).append(',');
    }

    private static void field(StringBuilder line, String value) {
        CsvParser.appendField(line, value);
        line.append(',');
    }

    /** Streams a labels file. */
    public static final class LabelReader extends Base<LoginLabel> {

        public LabelReader(Reader reader) {
            super(reader, LABEL_COLUMNS, DEVICE_ID_COLUMN);
        }

        @Override
        LoginLabel parse(List<String> f) {
            return new LoginLabel(Long.parseLong(f.get(col[0])), label(f, 1), Boolean.parseBoolean(f.get(col[5])),
                    blank(f.get(col[6])), optionalColumn < 0 ? null : blank(f.get(optionalColumn)));
        }
    }

    /** Streams an events file. */
    public static final class EventReader extends Base<SideEvent> {

        public EventReader(Reader reader) {
            super(reader, EVENT_COLUMNS);
        }

        @Override
        SideEvent parse(List<String> f) {
            String operation = blank(f.get(col[14]));
            List<GrantedAccess> granted = new ArrayList<>();
            String grantedText = blank(f.get(col[18]));
            if (grantedText != null) {
                for (String g : grantedText.split("\\|")) {
                    String[] parts = g.split(":", 3);
                    granted.add(new GrantedAccess(parts[0], parts[1], parts.length > 2 && parts[2].equals("privileged")));
                }
            }
            String asn = blank(f.get(col[8]));
            return new SideEvent(RbaCsv.parseTimestamp(f.get(col[0])), SideEventKind.valueOf(f.get(col[1])),
                    blank(f.get(col[2])), blank(f.get(col[3])), blank(f.get(col[4])), blank(f.get(col[5])),
                    blank(f.get(col[6])), blank(f.get(col[7])), asn == null ? 0 : Long.parseLong(asn),
                    blank(f.get(col[9])), label(f, 10), operation == null ? null : AdminOperation.valueOf(operation),
                    blank(f.get(col[15])), blank(f.get(col[16])), blank(f.get(col[17])), granted);
        }
    }

    /** Header-mapped streaming reader; {@code col[i]} is the position of the i-th expected column. */
    abstract static class Base<T> implements Iterator<T>, Closeable {
        private final Reader reader;
        private final CsvParser parser;
        final int[] col;
        /** The position of the optional column, or -1 when the file has none. */
        final int optionalColumn;
        private T next;

        Base(Reader reader, List<String> expected) {
            this(reader, expected, null);
        }

        Base(Reader reader, List<String> expected, String optional) {
            this.reader = reader;
            this.parser = new CsvParser(reader);
            List<String> header = parser.next();
            if (header == null) {
                throw new IllegalArgumentException("empty side file");
            }
            Map<String, Integer> positions = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                positions.put(header.get(i).trim(), i);
            }
            col = new int[expected.size()];
            for (int i = 0; i < col.length; i++) {
                Integer p = positions.get(expected.get(i));
                if (p == null) {
                    throw new IllegalArgumentException("side file has no column '" + expected.get(i) + "'");
                }
                col[i] = p;
            }
            Integer p = optional == null ? null : positions.get(optional);
            optionalColumn = p == null ? -1 : p;
        }

        abstract T parse(List<String> fields);

        Label label(List<String> f, int first) {
            String cause = blank(f.get(col[first + 1]));
            return new Label(Scenario.valueOf(f.get(col[first])), cause == null ? null : Detection.valueOf(cause),
                    blank(f.get(col[first + 2])), Boolean.parseBoolean(f.get(col[first + 3])));
        }

        static String blank(String s) {
            return s == null || s.isEmpty() ? null : s;
        }

        @Override
        public boolean hasNext() {
            if (next == null) {
                long line = parser.line();
                List<String> f = parser.next();
                if (f != null) {
                    try {
                        next = parse(f);
                    } catch (RuntimeException e) {
                        throw new IllegalArgumentException("bad side-file line " + line + ": " + e.getMessage(), e);
                    }
                }
            }
            return next != null;
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            T t = next;
            next = null;
            return t;
        }

        @Override
        public void close() {
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
