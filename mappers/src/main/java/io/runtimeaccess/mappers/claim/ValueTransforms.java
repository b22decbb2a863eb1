package io.runtimeaccess.mappers.claim;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The clean-up applied to imported values, in this order: split on a delimiter, drop values longer
 * than {@value #MAX_VALUE_LENGTH} characters, trim, drop blanks, extract with a one-group regex
 * (non-matching values dropped), keep only allow-listed values, de-duplicate, cap the count. Patterns
 * are compiled once, when the mapper's configuration is read; the length cap bounds what an identity
 * provider can make an admin's pattern chew on.
 */
public final class ValueTransforms {

    public static final int DEFAULT_MAX_VALUES = 256;
    /** The highest {@code max.values} an admin may configure: an attribute is read at every token and check. */
    public static final int MAX_MAX_VALUES = 1024;
    /** Longer than any group name or distinguished name in practice; longer values are dropped, never cut. */
    public static final int MAX_VALUE_LENGTH = 1024;
    /** Values read at most, before any pattern: four times the highest cap leaves room for what the patterns drop. */
    public static final int MAX_READ = 4 * MAX_MAX_VALUES;

    private final String delimiter;
    private final boolean trim;
    private final Pattern extract;
    private final Pattern allow;
    private final boolean deduplicate;
    private final int maxValues;

    private ValueTransforms(Builder builder) {
        this.delimiter = builder.delimiter;
        this.trim = builder.trim;
        this.extract = builder.extract;
        this.allow = builder.allow;
        this.deduplicate = builder.deduplicate;
        this.maxValues = builder.maxValues;
    }

    /** The first capture group that took part in a whole-value match, or null (no match, or only blanks). */
    private static String extracted(Matcher m) {
        if (!matches(m)) {
            return null;
        }
        for (int group = 1; group <= m.groupCount(); group++) {
            String value = m.group(group);
            if (value != null) {
                return value.isBlank() ? null : value;
            }
        }
        return null;
    }

    /**
     * Whether the whole value matches. Java's regex engine recurses for a quantified group with alternatives, once
     * per character, so an admin's pattern over a long value can overflow the stack: that value counts as not
     * matching, since nothing here may fail a login (the error would pass every catch of an exception).
     */
    private static boolean matches(Matcher m) {
        try {
            return m.matches();
        } catch (StackOverflowError e) {
            return false;
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Applies every transform; what was dropped or cut is described in {@code notes}. */
    public List<String> apply(List<String> raw, List<String> notes) {
        return apply(raw, notes, notes);
    }

    /**
     * The same, with the values the extract pattern or the allow-list dropped described in {@code filtered}: that is
     * the filtering the admin configured, expected at every login, where {@code notes} are surprises (blanks, values
     * too long, the cap).
     */
    public List<String> apply(List<String> raw, List<String> notes, List<String> filtered) {
        List<String> values = new ArrayList<>(Math.min(raw.size(), maxValues * 2 + 16));
        int tooLong = 0;
        int blank = 0;
        int unmatched = 0;
        int denied = 0;
        List<String> read = split(raw);
        if (read.size() > MAX_READ) {
            // the patterns run on what is read: an identity provider sending a million values must not make a
            // login run an admin's pattern a million times
            notes.add(read.size() + " values sent; only the first " + MAX_READ + " were read");
            read = read.subList(0, MAX_READ);
        }
        for (String value : read) {
            if (value.length() > MAX_VALUE_LENGTH) {
                tooLong++;
                continue;
            }
            String v = trim ? value.trim() : value;
            if (v.isBlank()) {
                blank++;
                continue;
            }
            if (extract != null) {
                String extracted = extracted(extract.matcher(v));
                if (extracted == null) {
                    unmatched++;
                    continue;
                }
                v = trim ? extracted.trim() : extracted;
            }
            if (allow != null && !matches(allow.matcher(v))) {
                denied++;
                continue;
            }
            values.add(v);
        }
        note(notes, tooLong, "value(s) longer than " + MAX_VALUE_LENGTH + " characters were dropped");
        note(notes, blank, "blank value(s) ignored");
        note(filtered, unmatched, "value(s) did not match the extract pattern and were dropped");
        note(filtered, denied, "value(s) not on the allow-list were dropped");
        if (deduplicate) {
            values = new ArrayList<>(new LinkedHashSet<>(values));
        }
        if (values.size() > maxValues) {
            notes.add(values.size() + " values exceed the cap of " + maxValues + "; only the first "
                    + maxValues + " were kept");
            values = new ArrayList<>(values.subList(0, maxValues));
        }
        return values;
    }

    private List<String> split(List<String> raw) {
        if (delimiter == null) {
            return raw;
        }
        List<String> parts = new ArrayList<>(raw.size());
        for (String value : raw) {
            int start = 0;
            int at;
            while ((at = value.indexOf(delimiter, start)) >= 0) {
                parts.add(value.substring(start, at));
                start = at + delimiter.length();
            }
            parts.add(value.substring(start));
        }
        return parts;
    }

    private static void note(List<String> notes, int count, String what) {
        if (count > 0) {
            notes.add(count + " " + what);
        }
    }

    public static final class Builder {
        private String delimiter;
        private boolean trim = true;
        private Pattern extract;
        private Pattern allow;
        private boolean deduplicate = true;
        private int maxValues = DEFAULT_MAX_VALUES;

        private Builder() {
        }

        /** Splits every value on this literal text (not a regex); blank means no split. */
        public Builder split(String delimiter) {
            this.delimiter = delimiter == null || delimiter.isEmpty() ? null : delimiter;
            return this;
        }

        public Builder trim(boolean trim) {
            this.trim = trim;
            return this;
        }

        /**
         * A regex the whole value must match; the first of its capture groups that took part in the match becomes
         * the value, so alternatives can take the value from different places ({@code CN=([^,]+),.*|(?!CN=)(.+)}).
         */
        public Builder extract(String regex) {
            this.extract = compile(regex, "extract pattern");
            if (extract != null && extract.matcher("").groupCount() < 1) {
                throw new IllegalArgumentException("extract pattern '" + regex + "' must have a capture group");
            }
            return this;
        }

        /** A regex the whole value must match to be kept. */
        public Builder allow(String regex) {
            this.allow = compile(regex, "allow pattern");
            return this;
        }

        public Builder deduplicate(boolean deduplicate) {
            this.deduplicate = deduplicate;
            return this;
        }

        public Builder maxValues(int maxValues) {
            if (maxValues < 1 || maxValues > MAX_MAX_VALUES) {
                throw new IllegalArgumentException("maximum number of values must be between 1 and " + MAX_MAX_VALUES
                        + ", was " + maxValues);
            }
            this.maxValues = maxValues;
            return this;
        }

        public ValueTransforms build() {
            return new ValueTransforms(this);
        }

        private static Pattern compile(String regex, String field) {
            if (regex == null || regex.isBlank()) {
                return null;
            }
            try {
                return Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(field + " '" + regex + "' is not a valid regular expression: "
                        + e.getDescription());
            }
        }
    }
}
