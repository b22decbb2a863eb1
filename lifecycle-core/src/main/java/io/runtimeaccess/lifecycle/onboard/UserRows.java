package io.runtimeaccess.lifecycle.onboard;

import io.runtimeaccess.lifecycle.csv.CsvFormatException;
import io.runtimeaccess.lifecycle.csv.CsvReader;
import io.runtimeaccess.lifecycle.csv.CsvRecord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the onboarding CSV: a header naming the columns, then one user per record. {@code username} is
 * required; {@code email}, {@code firstName} and {@code lastName} fill the account's fields; every other column
 * is a user attribute of that name. The whole file is checked before anything is created, so one bad cell
 * refuses the file and no account is half-imported.
 */
public final class UserRows {

    /** Users per file at most: one request creates them all, in one transaction. */
    public static final int MAX_USERS = 1_000;
    static final int MAX_TEXT = 255;
    static final int MAX_ATTRIBUTE_VALUE = 2_048;
    static final int MAX_COLUMNS = 50;
    static final Set<String> ACCOUNT_COLUMNS = Set.of("username", "email", "firstName", "lastName");
    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,255}");
    // Deliberately loose: Keycloak's user profile checks the address itself; this only catches a shifted column.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

    private UserRows() {
    }

    public static List<NewUser> read(String csv) {
        if (csv == null || csv.isBlank()) {
            throw new InvalidUsers("csv", "a header line and at least one user are required");
        }
        List<CsvRecord> records;
        try {
            records = CsvReader.read(csv);
        } catch (CsvFormatException e) {
            throw new InvalidUsers("csv", "not RFC 4180 CSV, " + e.getMessage());
        }
        if (records.size() < 2) {
            throw new InvalidUsers("csv", "a header line and at least one user are required");
        }
        if (records.size() - 1 > MAX_USERS) {
            throw new InvalidUsers("csv", "at most " + MAX_USERS + " users per file, got " + (records.size() - 1));
        }
        List<String> header = header(records.get(0));
        List<NewUser> users = new ArrayList<>();
        for (CsvRecord record : records.subList(1, records.size())) {
            users.add(user(header, record));
        }
        return users;
    }

    /**
     * The header's column names; the account columns are recognised in any case ({@code Email}, {@code FIRSTNAME}) and
     * named as Keycloak does, as a spreadsheet's header often capitalises them: read as attributes, they would skip the
     * email check and the duplicate checks and leave the account without its email and name.
     */
    private static List<String> header(CsvRecord record) {
        List<String> columns = record.fields().stream().map(String::trim).map(UserRows::accountColumn).toList();
        if (columns.size() > MAX_COLUMNS) {
            throw new InvalidUsers("csv.header", "at most " + MAX_COLUMNS + " columns");
        }
        Set<String> seen = new HashSet<>();
        for (String column : columns) {
            if (!ATTRIBUTE_NAME.matcher(column).matches()) {
                throw new InvalidUsers("csv.header", "column names are letters, digits, '_', '.' or '-': '"
                        + shown(column) + "'");
            }
            if (!seen.add(column.toLowerCase(Locale.ROOT))) {
                throw new InvalidUsers("csv.header", "column '" + column + "' appears twice");
            }
        }
        if (!columns.contains("username")) {
            throw new InvalidUsers("csv.header", "a 'username' column is required");
        }
        return columns;
    }

    private static String accountColumn(String column) {
        for (String account : ACCOUNT_COLUMNS) {
            if (account.equalsIgnoreCase(column)) {
                return account;
            }
        }
        return column;
    }

    private static NewUser user(List<String> header, CsvRecord record) {
        if (record.fields().size() != header.size()) {
            throw new InvalidUsers("csv.line." + record.line(), header.size() + " cells expected as in the header, got "
                    + record.fields().size());
        }
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String value = record.fields().get(i).trim();
            if (!value.isEmpty()) {
                cells.put(header.get(i), checked(record.line(), header.get(i), value));
            }
        }
        String username = cells.get("username");
        if (username == null) {
            throw new InvalidUsers(field(record.line(), "username"), "a username is required");
        }
        String email = cells.get("email");
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new InvalidUsers(field(record.line(), "email"), "not an email address: '" + shown(email) + "'");
        }
        Map<String, String> attributes = new LinkedHashMap<>(cells);
        attributes.keySet().removeAll(ACCOUNT_COLUMNS);
        return new NewUser(record.line(), username, email, cells.get("firstName"), cells.get("lastName"), attributes);
    }

    private static String checked(int line, String column, String value) {
        int max = ACCOUNT_COLUMNS.contains(column) ? MAX_TEXT : MAX_ATTRIBUTE_VALUE;
        if (value.length() > max) {
            throw new InvalidUsers(field(line, column), "at most " + max + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new InvalidUsers(field(line, column), "control characters (line breaks included) are not allowed");
            }
        }
        return value;
    }

    static String field(int line, String column) {
        return "csv.line." + line + "." + column;
    }

    private static String shown(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }
}
