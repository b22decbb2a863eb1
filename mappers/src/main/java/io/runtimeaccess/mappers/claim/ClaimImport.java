package io.runtimeaccess.mappers.claim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One mapper's rule for turning what an identity provider asserted into a user attribute: the source
 * claims (merged), the value type, the transforms and the absent-claim policy. Immutable and free of
 * Keycloak types, so it is built once per mapper configuration and unit-tested on plain maps.
 */
public final class ClaimImport {

    private final List<ClaimPath> sources;
    private final ValueType type;
    private final ValueTransforms transforms;
    private final AbsentClaim absentClaim;

    public ClaimImport(List<ClaimPath> sources, ValueType type, ValueTransforms transforms, AbsentClaim absentClaim) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("at least one source claim is required");
        }
        this.sources = List.copyOf(sources);
        this.type = type;
        this.transforms = transforms;
        this.absentClaim = absentClaim;
    }

    public List<ClaimPath> sources() {
        return sources;
    }

    /**
     * Decides the update from the claim sets the IdP sent, in lookup order. For each source claim the
     * first claim set that carries it wins; the values of all source claims are merged.
     */
    public AttributeUpdate evaluate(List<? extends Map<String, ?>> claimSets) {
        List<String> notes = new ArrayList<>();
        List<String> raw = new ArrayList<>();
        boolean found = false;
        for (ClaimPath source : sources) {
            Object value = firstValue(source, claimSets);
            if (value == null) {
                continue;
            }
            found = true;
            String problem = RawValues.flatten(value, source.expression(), raw, notes);
            if (problem != null) {
                return AttributeUpdate.invalid(problem, notes);
            }
        }
        if (!found) {
            notes.add("none of the claims " + sources + " was sent");
            return AttributeUpdate.absent(absentClaim, notes);
        }
        return type == ValueType.BOOLEAN ? toBoolean(raw, notes) : toList(raw, notes);
    }

    private AttributeUpdate toList(List<String> raw, List<String> notes) {
        if (raw.isEmpty()) {
            // an empty array or JSON null: sent, so the attribute goes, and the log says why, as for blanks
            notes.add("blanks ignored: the claim " + sources + " carried no value");
        }
        List<String> filtered = new ArrayList<>();
        List<String> values = transforms.apply(raw, notes, filtered);
        return values.isEmpty() ? AttributeUpdate.remove(notes, filtered) : AttributeUpdate.replace(values, notes, filtered);
    }

    /** The configured transforms apply as to a list (an extract pattern can take the flag out of a longer value). */
    private AttributeUpdate toBoolean(List<String> raw, List<String> notes) {
        List<String> filtered = new ArrayList<>();
        List<String> nonBlank = transforms.apply(raw, notes, filtered).stream().map(String::trim)
                .filter(value -> !value.isEmpty()).toList();
        if (nonBlank.isEmpty()) {
            notes.add(filtered.isEmpty() ? "blanks ignored: the boolean claim " + sources + " carried no value"
                    : "the boolean claim " + sources + " kept no value after the configured filters");
            return AttributeUpdate.remove(notes, filtered);
        }
        // the same answer twice (a SAML attribute under its name and its friendly name, two source claims) is one
        // answer; only values that disagree or do not read as booleans make the claim unusable
        Set<Boolean> parsed = new HashSet<>();
        for (String value : nonBlank) {
            Boolean one = BooleanValue.parse(value);
            if (one == null) {
                return AttributeUpdate.invalid("claim " + sources + " is not a boolean (expected true/false, 1/0 or"
                        + " yes/no)", notes);
            }
            parsed.add(one);
        }
        if (parsed.size() != 1) {
            return AttributeUpdate.invalid("claim " + sources + " carried both true and false", notes);
        }
        return AttributeUpdate.replace(List.of(parsed.iterator().next().toString()), notes, filtered);
    }

    private static Object firstValue(ClaimPath source, List<? extends Map<String, ?>> claimSets) {
        for (Map<String, ?> claims : claimSets) {
            if (claims == null) {
                continue;
            }
            Object value = source.resolve(claims);
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
