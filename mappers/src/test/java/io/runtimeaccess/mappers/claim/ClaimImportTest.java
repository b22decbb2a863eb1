package io.runtimeaccess.mappers.claim;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.mappers.claim.AttributeUpdate.Action;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ClaimImportTest {

    private static ClaimImport groups(String... claims) {
        return new ClaimImport(Arrays.stream(claims).map(ClaimPath::parse).collect(Collectors.toList()),
                ValueType.STRING_LIST, ValueTransforms.builder().build(), AbsentClaim.REMOVE);
    }

    private static ClaimImport designer(String claim) {
        return new ClaimImport(List.of(ClaimPath.parse(claim)), ValueType.BOOLEAN, ValueTransforms.builder().build(),
                AbsentClaim.REMOVE);
    }

    /** An empty array is an assertion (the attribute goes) and the log says why, as for blank strings. */
    @Test
    void anEmptyArrayRemovesTheAttributeAndSaysSo() {
        AttributeUpdate update = groups("groups").evaluate(List.of(Map.of("groups", List.of())));
        assertEquals(AttributeUpdate.Action.REMOVE, update.action());
        assertTrue(update.notes().stream().anyMatch(note -> note.startsWith("blanks ignored")), update.notes()
                .toString());
    }

    @Test
    void mergesSeveralSourceClaims() {
        Map<String, Object> idToken = Map.of("groups", List.of("a"), "memberOf", "b");
        AttributeUpdate update = groups("groups", "memberOf", "groupsList").evaluate(List.of(idToken));
        assertEquals(Action.REPLACE, update.action());
        assertEquals(List.of("a", "b"), update.values());
    }

    @Test
    void firstClaimSetCarryingTheClaimWins() {
        Map<String, Object> idToken = Map.of("groups", List.of("from-id-token"));
        Map<String, Object> accessToken = Map.of("groups", List.of("from-access-token"), "roles", List.of("r"));
        AttributeUpdate update = groups("groups", "roles").evaluate(List.of(idToken, accessToken));
        assertEquals(List.of("from-id-token", "r"), update.values());
    }

    /** The admin's allow-list and extract pattern are expected filtering, kept apart from the notes logged at INFO. */
    @Test
    void valuesTheConfiguredFiltersDropAreFilteredNotNoted() {
        ClaimImport filtering = new ClaimImport(List.of(ClaimPath.parse("groups")), ValueType.STRING_LIST,
                ValueTransforms.builder().extract("CN=([^,]+),.*").allow("Finance.*").build(), AbsentClaim.REMOVE);
        AttributeUpdate update = filtering.evaluate(List.of(Map.of("groups", List.of("CN=Finance Reviewers,OU=G",
                "CN=Ops,OU=G", "plain", " "))));
        assertEquals(List.of("Finance Reviewers"), update.values());
        assertEquals(List.of("1 blank value(s) ignored"), update.notes(), "a blank is a surprise");
        assertEquals(List.of("1 value(s) did not match the extract pattern and were dropped",
                "1 value(s) not on the allow-list were dropped"), update.filtered());
    }

    @Test
    void absentClaimRemovesByDefaultOrKeeps() {
        assertEquals(Action.REMOVE, groups("groups").evaluate(List.of(Map.of())).action());
        ClaimImport keep = new ClaimImport(List.of(ClaimPath.parse("groups")), ValueType.STRING_LIST,
                ValueTransforms.builder().build(), AbsentClaim.KEEP);
        AttributeUpdate update = keep.evaluate(List.of(Map.of()));
        assertEquals(Action.KEEP, update.action());
        assertTrue(!update.isInvalid());
    }

    @Test
    void emptyOrBlankClaimClearsTheAttribute() {
        assertEquals(Action.REMOVE, groups("groups").evaluate(List.of(Map.of("groups", List.of()))).action());
        AttributeUpdate blank = groups("groups").evaluate(List.of(Map.of("groups", "  ")));
        assertEquals(Action.REMOVE, blank.action());
        assertTrue(blank.notes().get(0).contains("blank"), blank.notes().toString());
    }

    @Test
    void objectValuedClaimIsInvalidAndRemovesTheAttribute() {
        AttributeUpdate update = groups("groups").evaluate(List.of(Map.of("groups", Map.of("a", 1))));
        assertEquals(Action.REMOVE, update.action(), "the stale groups do not stay");
        assertTrue(update.problem().contains("is a JSON object"), update.problem());
    }

    @Test
    void objectElementsAreSkippedWithANote() {
        AttributeUpdate update = groups("groups").evaluate(List.of(Map.of("groups", List.of("a", Map.of("x", 1)))));
        assertEquals(List.of("a"), update.values());
        assertTrue(update.notes().get(0).contains("object element"), update.notes().toString());
    }

    @Test
    void numbersAndBooleansBecomeText() {
        AttributeUpdate update = groups("g").evaluate(List.of(Map.of("g", List.of(42, 7.0, 1.5, true))));
        assertEquals(List.of("42", "7", "1.5", "true"), update.values());
    }

    @Test
    void nullValuesAndNullClaimSetsAreHarmless() {
        Map<String, Object> withNull = new HashMap<>();
        withNull.put("groups", Arrays.asList("a", null));
        assertEquals(List.of("a"), groups("groups").evaluate(Arrays.asList(null, withNull)).values());
        Map<String, Object> nullValue = new HashMap<>();
        nullValue.put("groups", null);
        assertEquals(Action.REMOVE, groups("groups").evaluate(List.of(nullValue)).action());
    }

    @Test
    void tenThousandValuesAreCappedWithoutThrowing() {
        List<String> many = IntStream.range(0, 10_000).mapToObj(i -> "g" + i).collect(Collectors.toList());
        AttributeUpdate update = assertDoesNotThrow(() -> groups("groups").evaluate(List.of(Map.of("groups", many))));
        assertEquals(ValueTransforms.DEFAULT_MAX_VALUES, update.values().size());
    }

    @Test
    void booleanAcceptsSpellingsAndTypes() {
        assertEquals(List.of("true"), designer("d").evaluate(List.of(Map.of("d", true))).values());
        assertEquals(List.of("true"), designer("d").evaluate(List.of(Map.of("d", "YES"))).values());
        assertEquals(List.of("false"), designer("d").evaluate(List.of(Map.of("d", 0))).values());
        assertEquals(List.of("true"), designer("d").evaluate(List.of(Map.of("d", List.of("1")))).values());
    }

    @Test
    void booleanRejectsAnythingElseAndRemovesTheFlagRatherThanKeepingAStaleTrue() {
        for (Object bad : List.of("maybe", 2, List.of("true", "false"), Map.of("a", true))) {
            AttributeUpdate update = designer("d").evaluate(List.of(Map.of("d", bad)));
            assertEquals(Action.REMOVE, update.action(), String.valueOf(bad));
            assertTrue(update.isInvalid(), String.valueOf(bad));
        }
    }

    /** The configured transforms apply to a boolean too: the flag taken out of a longer value, others filtered. */
    @Test
    void aBooleanIsReadAfterTheConfiguredTransforms() {
        ClaimImport extracted = new ClaimImport(List.of(ClaimPath.parse("roles")), ValueType.BOOLEAN,
                ValueTransforms.builder().split(";").extract("designer=(.+)").build(), AbsentClaim.REMOVE);
        AttributeUpdate update = extracted.evaluate(List.of(Map.of("roles", "viewer;designer=true")));
        assertEquals(Action.REPLACE, update.action(), update.toString());
        assertEquals(List.of("true"), update.values());
        assertEquals(List.of("1 value(s) did not match the extract pattern and were dropped"), update.filtered());

        AttributeUpdate none = extracted.evaluate(List.of(Map.of("roles", "viewer")));
        assertEquals(Action.REMOVE, none.action(), "nothing asserted the flag: no designer bypass");
        assertFalse(none.isInvalid());
    }

    /** A SAML attribute under its name and its friendly name, or two source claims, saying the same thing. */
    @Test
    void theSameBooleanTwiceIsOneAnswer() {
        ClaimImport twice = new ClaimImport(List.of(ClaimPath.parse("a"), ClaimPath.parse("b")), ValueType.BOOLEAN,
                ValueTransforms.builder().build(), AbsentClaim.KEEP);
        AttributeUpdate update = twice.evaluate(List.of(Map.of("a", "false", "b", "FALSE")));
        assertEquals(Action.REPLACE, update.action(), update.toString());
        assertEquals(List.of("false"), update.values());
        assertEquals(List.of("true"), designer("d").evaluate(List.of(Map.of("d", List.of("yes", true)))).values());
    }

    @Test
    void aBlankEmptyOrNullBooleanRemovesTheFlagRatherThanKeepingAStaleTrue() {
        Map<String, Object> sentNull = new java.util.HashMap<>();
        sentNull.put("d", null);
        for (Map<String, Object> claims : List.of(Map.<String, Object>of("d", ""), Map.<String, Object>of("d", "  "),
                Map.<String, Object>of("d", Collections.emptyList()), sentNull)) {
            AttributeUpdate update = designer("d").evaluate(List.of(claims));
            assertEquals(Action.REMOVE, update.action(), claims.toString());
            assertFalse(update.isInvalid(), claims.toString());
        }
    }

    @Test
    void aClaimSentEmptyReplacesEvenWhenAnAbsentClaimKeepsTheValue() {
        ClaimImport keep = new ClaimImport(List.of(ClaimPath.parse("groups.displayName")), ValueType.STRING_LIST,
                ValueTransforms.builder().build(), AbsentClaim.KEEP);
        assertEquals(Action.REMOVE, keep.evaluate(List.of(Map.of("groups", List.of()))).action(), "an empty array");
        assertEquals(Action.REMOVE, keep.evaluate(List.of(Map.of("groups", List.of(Map.of("id", "g1"))))).action(),
                "objects without the field");
        Map<String, Object> sentNull = new java.util.HashMap<>();
        sentNull.put("groups", null);
        assertEquals(Action.REMOVE, keep.evaluate(List.of(sentNull)).action(), "JSON null");
        assertEquals(Action.KEEP, keep.evaluate(List.of(Map.of("other", "x"))).action(), "not sent at all");
    }

    @Test
    void dnTransformNestedPathDottedNameAndObjectArrayTogether() {
        ClaimImport rule = new ClaimImport(
                List.of(ClaimPath.parse("memberOf"), ClaimPath.parse("realm_access.roles"),
                        ClaimPath.parse("https://acme\\.example/groups"), ClaimPath.parse("groupObjects.displayName")),
                ValueType.STRING_LIST,
                ValueTransforms.builder().extract("(?:CN=)?([^,=]+)(?:,.*)?").build(), AbsentClaim.REMOVE);
        Map<String, Object> token = Map.of(
                "memberOf", List.of("CN=Finance Reviewers,OU=Groups,DC=corp"),
                "realm_access", Map.of("roles", List.of("auditors")),
                "https://acme.example/groups", "Ops",
                "groupObjects", List.of(Map.of("displayName", "Sales"), Map.of("displayName", "Ops")));
        assertEquals(List.of("Finance Reviewers", "auditors", "Ops", "Sales"), rule.evaluate(List.of(token)).values());
    }
}
