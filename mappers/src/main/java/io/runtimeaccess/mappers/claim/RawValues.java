package io.runtimeaccess.mappers.claim;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Turns a decoded JSON claim value (string, number, boolean, array, object) into plain strings. */
final class RawValues {

    private RawValues() {
    }

    /**
     * Adds the scalar values found in {@code value} to {@code out}, descending into arrays. Returns a
     * problem description when the claim as a whole is an object (nothing sensible to store), else null.
     */
    static String flatten(Object value, String claim, List<String> out, List<String> notes) {
        if (value instanceof Map) {
            return "claim '" + claim + "' is a JSON object; name one of its fields, e.g. '" + claim + ".name'";
        }
        int[] skippedObjects = {0};
        add(value, out, skippedObjects);
        if (skippedObjects[0] > 0) {
            notes.add(skippedObjects[0] + " object element(s) of claim '" + claim + "' ignored; name a field, e.g. '"
                    + claim + ".displayName'");
        }
        return null;
    }

    private static void add(Object value, List<String> out, int[] skippedObjects) {
        if (value == null) {
            return;
        }
        if (value instanceof List) {
            for (Object element : (List<?>) value) {
                add(element, out, skippedObjects);
            }
        } else if (value instanceof Map) {
            skippedObjects[0]++;
        } else if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            out.add(decimal((Number) value));
        } else {
            out.add(value.toString());
        }
    }

    /** 42.0 from a JSON parser is the number 42 to the person who wrote it. */
    private static String decimal(Number number) {
        if (number instanceof Double && !Double.isFinite((Double) number)
                || number instanceof Float && !Float.isFinite((Float) number)) {
            return number.toString();
        }
        BigDecimal decimal = new BigDecimal(number.toString()).stripTrailingZeros();
        return decimal.scale() <= 0 ? decimal.toBigInteger().toString() : decimal.toPlainString();
    }
}
