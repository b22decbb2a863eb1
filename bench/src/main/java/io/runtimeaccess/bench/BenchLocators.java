package io.runtimeaccess.bench;

import io.runtimeaccess.anomaly.network.IpLocator;
import io.runtimeaccess.anomaly.network.RangeTableLocator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * The IP locators the scorer benchmark can run with, by name (the benchmark's {@code locator} param):
 * {@code stub}, the workload's own array of /16s, and {@code range-table}, the {@link RangeTableLocator}
 * the listener uses, loaded with a table of the real size. A new kind is one {@code case} here and one
 * value in the param.
 *
 * <p>With a {@code tables} folder holding what {@code scripts/ip-location.sh} writes
 * ({@code asn-country-ipv4.csv}, {@code asn-ipv4.csv}), the real tables are read; otherwise a synthetic
 * table of the same size is built (nothing is downloaded). Either way the workload's own /16s (all in
 * 11.0.0.0/8) replace that block's rows, so the scorer sees the same countries, ASNs and hosting flags as
 * with the stub, and only the lookup differs.
 */
final class BenchLocators {

    /** Rows of the ip-location-db tables as packaged in late 2026 (asn-country-ipv4, asn-ipv4). */
    static final int COUNTRY_ROWS = 141_822;
    static final int ASN_ROWS = 411_961;

    private static final String[] COUNTRY_CODES = {"US", "CN", "JP", "DE", "GB", "KR", "BR", "FR", "CA", "IT", "AU",
        "NL", "RU", "IN", "TW", "ES", "SE", "MX", "PL", "ZA", "CH", "AR", "TR", "ID", "VN", "BE", "NO", "AT", "DK",
        "FI", "IE", "PT", "CZ", "RO", "UA", "IL", "SG", "HK", "TH", "MY", "CL", "CO", "EG", "NG", "KE", "NZ", "GR"};

    private BenchLocators() {
    }

    static IpLocator create(String kind, String tables, AnomalyWorkload workload) {
        switch (kind) {
            case "stub":
                return workload;
            case "range-table":
                return rangeTable(tables, workload);
            default:
                throw new IllegalArgumentException("unknown locator " + kind);
        }
    }

    private static IpLocator rangeTable(String tables, AnomalyWorkload workload) {
        StringBuilder country = new StringBuilder();
        StringBuilder asn = new StringBuilder();
        Path folder = tables == null || tables.isBlank() ? null : Path.of(tables);
        try {
            if (folder != null && Files.isReadable(folder.resolve("asn-country-ipv4.csv"))
                    && Files.isReadable(folder.resolve("asn-ipv4.csv"))) {
                copyOutsideWorkload(folder.resolve("asn-country-ipv4.csv"), country);
                copyOutsideWorkload(folder.resolve("asn-ipv4.csv"), asn);
                System.out.printf("%nrange tables read from %s%n", folder);
            } else {
                synthetic(country, asn);
                System.out.printf("%nsynthetic range tables: %,d country rows, %,d ASN rows (without 11.0.0.0/8)%n",
                        lines(country), lines(asn));
            }
            workload.appendRangeRows(country, asn);
            return RangeTableLocator.read(new StringReader(country.toString()), new StringReader(asn.toString()), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long lines(CharSequence text) {
        return text.chars().filter(c -> c == '\n').count();
    }

    /** Copies a table's rows except those touching the workload's 11.0.0.0/8. */
    private static void copyOutsideWorkload(Path csv, StringBuilder into) throws IOException {
        try (BufferedReader lines = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int comma = line.indexOf(',');
                int second = comma < 0 ? -1 : line.indexOf(',', comma + 1);
                if (second < 0 || line.indexOf(':') >= 0 && line.indexOf(':') < second) {
                    continue; // IPv6 or malformed: the locator skips these anyway
                }
                int firstOctet = firstOctet(line, 0);
                int lastOctet = firstOctet(line, comma + 1);
                if (firstOctet <= AnomalyWorkload.FIRST_OCTET && lastOctet >= AnomalyWorkload.FIRST_OCTET) {
                    continue;
                }
                into.append(line).append('\n');
            }
        }
    }

    private static int firstOctet(String line, int from) {
        int value = 0;
        for (int i = from; i < line.length() && Character.isDigit(line.charAt(i)); i++) {
            value = value * 10 + line.charAt(i) - '0';
        }
        return value;
    }

    /**
     * Ranges spread over 1.0.0.0–223.255.255.255 (without 11/8): each row takes a random, /24-aligned
     * part of its equal slot, as the real tables' ranges are of every size with gaps between them. About
     * 70,000 ASNs, 3% of them named like hosting providers.
     */
    static void synthetic(StringBuilder country, StringBuilder asn) {
        SplittableRandom random = new SplittableRandom(7);
        fill(country, COUNTRY_ROWS, random, r -> COUNTRY_CODES[r.nextInt(COUNTRY_CODES.length)]);
        fill(asn, ASN_ROWS, random, r -> {
            int number = 1_000 + r.nextInt(70_000);
            return number + "," + (number % 33 == 0 ? "Example Cloud Hosting " + number + " Ltd"
                    : "Example Telecom Network " + number + " GmbH");
        });
    }

    private static void fill(StringBuilder into, int rows, SplittableRandom random,
            java.util.function.Function<SplittableRandom, String> value) {
        long first = 1L << 24;
        long last = 224L << 24;
        long slot = (last - first) / rows & ~0xFFL;
        for (int i = 0; i < rows; i++) {
            long start = first + i * slot;
            if (start >>> 24 == AnomalyWorkload.FIRST_OCTET) {
                continue;
            }
            long size = 256L * (1 + random.nextInt((int) (slot / 256)));
            into.append(dotted(start)).append(',').append(dotted(start + size - 1)).append(',')
                    .append(value.apply(random)).append('\n');
        }
    }

    private static String dotted(long address) {
        return (address >>> 24) + "." + (address >>> 16 & 0xFF) + "." + (address >>> 8 & 0xFF) + "." + (address & 0xFF);
    }
}
