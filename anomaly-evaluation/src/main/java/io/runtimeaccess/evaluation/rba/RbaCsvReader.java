package io.runtimeaccess.evaluation.rba;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;

/**
 * Streams the rows of an RBA dataset CSV (the public release is about 9 GB; nothing is held but one row).
 * Columns are found by their header names, so their order does not matter; the index column may be named
 * {@code index} or left unnamed (as pandas writes it), and is the row's ordinal when missing. A
 * {@code .gz} file is decompressed on the fly.
 */
public final class RbaCsvReader implements Iterator<RbaRow>, Closeable {

    private final Reader reader;
    private final CsvParser parser;
    private final int index;
    private final int timestamp;
    private final int userId;
    private final int rtt;
    private final int ip;
    private final int country;
    private final int region;
    private final int city;
    private final int asn;
    private final int userAgent;
    private final int browser;
    private final int os;
    private final int deviceType;
    private final int success;
    private final int attackIp;
    private final int takeover;
    private long ordinal;
    private RbaRow next;

    public RbaCsvReader(Reader reader) {
        this.reader = reader;
        this.parser = new CsvParser(reader);
        List<String> header = parser.next();
        if (header == null) {
            throw new IllegalArgumentException("empty RBA file: no header");
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim();
            if (i == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1);
            }
            columns.putIfAbsent(name, i);
        }
        index = columns.getOrDefault(RbaCsv.INDEX, columns.getOrDefault("", -1));
        timestamp = required(columns, RbaCsv.TIMESTAMP);
        userId = required(columns, RbaCsv.USER_ID);
        ip = required(columns, RbaCsv.IP);
        success = required(columns, RbaCsv.SUCCESS);
        rtt = columns.getOrDefault(RbaCsv.RTT, -1);
        country = columns.getOrDefault(RbaCsv.COUNTRY, -1);
        region = columns.getOrDefault(RbaCsv.REGION, -1);
        city = columns.getOrDefault(RbaCsv.CITY, -1);
        asn = columns.getOrDefault(RbaCsv.ASN, -1);
        userAgent = columns.getOrDefault(RbaCsv.USER_AGENT, -1);
        browser = columns.getOrDefault(RbaCsv.BROWSER, -1);
        os = columns.getOrDefault(RbaCsv.OS, -1);
        deviceType = columns.getOrDefault(RbaCsv.DEVICE_TYPE, -1);
        attackIp = columns.getOrDefault(RbaCsv.ATTACK_IP, -1);
        takeover = columns.getOrDefault(RbaCsv.TAKEOVER, -1);
    }

    public static RbaCsvReader open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new RbaCsvReader(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16));
    }

    private static int required(Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        if (i == null) {
            throw new IllegalArgumentException("RBA file has no column '" + name + "'; columns: " + columns.keySet());
        }
        return i;
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = read();
        }
        return next != null;
    }

    @Override
    public RbaRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        RbaRow row = next;
        next = null;
        return row;
    }

    private RbaRow read() {
        long line = parser.line();
        List<String> f = parser.next();
        if (f == null) {
            return null;
        }
        try {
            long rowIndex = index >= 0 ? Long.parseLong(cell(f, index)) : ordinal;
            ordinal++;
            String rttText = cell(f, rtt);
            String asnText = cell(f, asn);
            return new RbaRow(rowIndex, RbaCsv.parseTimestamp(cell(f, timestamp)), cell(f, userId),
                    rttText == null ? -1 : (int) Math.round(Double.parseDouble(rttText)), cell(f, ip), cell(f, country),
                    cell(f, region), cell(f, city), asnText == null ? 0 : (long) Double.parseDouble(asnText),
                    cell(f, userAgent), cell(f, browser), cell(f, os), cell(f, deviceType),
                    RbaCsv.parseBoolean(cell(f, success)), RbaCsv.parseBoolean(cell(f, attackIp)),
                    RbaCsv.parseBoolean(cell(f, takeover)));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("bad RBA row at line " + line + ": " + e.getMessage(), e);
        }
    }

    /** The cell's text, {@code null} when the column is missing or the cell is empty. */
    private static String cell(List<String> fields, int column) {
        if (column < 0 || column >= fields.size()) {
            return null;
        }
        String value = fields.get(column);
        return value.isEmpty() ? null : value;
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
