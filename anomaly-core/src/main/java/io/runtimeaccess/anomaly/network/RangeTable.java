package io.runtimeaccess.anomaly.network;

import io.runtimeaccess.anomaly.observation.IpAddresses;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Sorted, non-overlapping address ranges with their values, searched by binary search over primitive
 * arrays (a lookup allocates nothing). An IPv4 table is keyed by the 32-bit address; an IPv6 table by
 * the address's first 64 bits (see {@link IpAddresses#ipv6Prefix64}), stored with the sign bit flipped
 * so that signed comparison orders them as unsigned numbers. Each row's value is built once at load time
 * (equal rows share one value), so a lookup parses nothing.
 */
final class RangeTable<T> {

    private final long[] starts;
    private final long[] ends;
    private final Object[] values;

    private RangeTable(long[] starts, long[] ends, Object[] values) {
        this.starts = starts;
        this.ends = ends;
        this.values = values;
    }

    /** The value of the range holding this key (an IPv4 address or a {@link #ipv6Key}), or {@code null}. */
    @SuppressWarnings("unchecked")
    T find(long key) {
        int low = 0;
        int high = starts.length - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (starts[middle] > key) {
                high = middle - 1;
            } else if (ends[middle] < key) {
                low = middle + 1;
            } else {
                return (T) values[middle];
            }
        }
        return null;
    }

    int size() {
        return starts.length;
    }

    /** The key of an IPv6 address's first 64 bits in an IPv6 table. */
    static long ipv6Key(long prefix64) {
        return prefix64 ^ Long.MIN_VALUE;
    }

    /**
     * Reads CSV rows {@code start,end,value...} of both address families into two tables. Rows of an IPv6
     * range narrower than a /64 (a few point-to-point links in the ASN tables) widen to their /64.
     */
    static final class Builder<T> {
        private final int columns;
        private final Function<String[], T> value;
        private final Rows ipv4 = new Rows();
        private final Rows ipv6 = new Rows();
        // Many ranges share a country, an AS or a city: keep one value (and one copy of each text).
        private final Map<String, String> texts = new HashMap<>();
        private final Map<List<String>, T> shared = new HashMap<>();

        /** {@code value} turns a row's fields after start and end into the row's value. */
        Builder(int columns, Function<String[], T> value) {
            this.columns = columns;
            this.value = value;
        }

        Builder<T> read(Reader csv) throws IOException {
            if (csv == null) {
                return this;
            }
            BufferedReader lines = new BufferedReader(csv);
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] fields = line.split(",", columns);
                if (fields.length == columns) {
                    add(fields[0].trim(), fields[1].trim(), fields);
                }
            }
            return this;
        }

        private void add(String startText, String endText, String[] fields) {
            long start;
            long end;
            Rows rows;
            if (startText.indexOf(':') >= 0) {
                if (!IpAddresses.isIpv6(startText) || !IpAddresses.isIpv6(endText)) {
                    return;
                }
                start = ipv6Key(IpAddresses.ipv6Prefix64(startText));
                end = ipv6Key(IpAddresses.ipv6Prefix64(endText));
                rows = ipv6;
            } else {
                start = IpAddresses.ipv4(startText);
                end = IpAddresses.ipv4(endText);
                rows = ipv4;
            }
            if (start < 0 && rows == ipv4 || end < start) {
                return;
            }
            String[] row = new String[columns - 2];
            for (int i = 2; i < columns; i++) {
                row[i - 2] = texts.computeIfAbsent(unquote(fields[i].trim()), text -> text);
            }
            rows.add(start, end, shared.computeIfAbsent(Arrays.asList(row), key -> value.apply(row)));
        }

        RangeTable<T> ipv4() {
            return ipv4.sorted();
        }

        RangeTable<T> ipv6() {
            return ipv6.sorted();
        }

        private static String unquote(String value) {
            return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                    ? value.substring(1, value.length() - 1) : value;
        }
    }

    private static final class Rows {
        private final List<long[]> ranges = new ArrayList<>();
        private final List<Object> values = new ArrayList<>();

        void add(long start, long end, Object value) {
            ranges.add(new long[] {start, end});
            values.add(value);
        }

        <T> RangeTable<T> sorted() {
            Integer[] order = new Integer[ranges.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            // By start, the wider range first: a range that overlaps one kept before it is dropped, so the
            // binary search sees disjoint ranges (only /64-widened IPv6 links overlap in real tables).
            Arrays.sort(order, (a, b) -> {
                int byStart = Long.compare(ranges.get(a)[0], ranges.get(b)[0]);
                return byStart != 0 ? byStart : Long.compare(ranges.get(b)[1], ranges.get(a)[1]);
            });
            long[] starts = new long[order.length];
            long[] ends = new long[order.length];
            Object[] sortedValues = new Object[order.length];
            int kept = 0;
            for (Integer row : order) {
                long[] range = ranges.get(row);
                if (kept > 0 && range[0] <= ends[kept - 1]) {
                    continue;
                }
                starts[kept] = range[0];
                ends[kept] = range[1];
                sortedValues[kept++] = values.get(row);
            }
            starts = Arrays.copyOf(starts, kept);
            ends = Arrays.copyOf(ends, kept);
            sortedValues = Arrays.copyOf(sortedValues, kept);
            return new RangeTable<>(starts, ends, sortedValues);
        }
    }
}
