package io.runtimeaccess.anomaly.finding;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One reason an event looks wrong, written for a person.
 *
 * @param detection  the detection that produced it
 * @param weight     its contribution to the score, 0–100
 * @param text       a sentence a security officer can read ("First sign-in from Brazil; usually Germany")
 * @param evidence   the values seen and the user's usual values, by name (ordered, small)
 */
public record Reason(Detection detection, double weight, String text, Map<String, String> evidence) {

    public Reason {
        // Kept in the order given (seen value first, then the usual ones), which Map.copyOf would lose.
        evidence = evidence == null || evidence.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    }
}
