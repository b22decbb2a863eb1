package io.runtimeaccess.mappers.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ValueTransformsTest {

    /** The organization template's groups pattern: a distinguished name's CN, any other value as it is. */
    private static final String DN_EXTRACT = "CN=([^,\\\\]*+(?:\\\\.?[^,\\\\]*+)*+)(?:,.*)?|(?![A-Za-z]+=)(.+)";

    @Test
    void extractTurnsDistinguishedNameIntoCommonNameAndDropsNonMatching() {
        List<String> notes = new ArrayList<>();
        List<String> out = ValueTransforms.builder().extract("CN=([^,]+),.*").build()
                .apply(List.of("CN=Finance Reviewers,OU=Groups,DC=corp", "Finance"), notes);
        assertEquals(List.of("Finance Reviewers"), out);
        assertTrue(notes.get(0).startsWith("1 value(s) did not match"), notes.toString());
    }

    @Test
    void dnPatternOfTheTemplateKeepsPlainNamesToo() {
        List<String> out = ValueTransforms.builder().extract(DN_EXTRACT).build()
                .apply(List.of("CN=Finance Reviewers,OU=Groups,DC=corp", "Ops", "OU=Groups,DC=corp"), new ArrayList<>());
        assertEquals(List.of("Finance Reviewers", "Ops"), out);
    }

    /** A plain name with a comma or an equals sign is a name, not a distinguished name to cut. */
    @Test
    void dnPatternOfTheTemplateLeavesPlainNamesWhole() {
        List<String> out = ValueTransforms.builder().extract(DN_EXTRACT).build().apply(List.of("Finance, read-only",
                "Sales = EMEA", "CN=Smith\\, J,OU=People,DC=corp", "CN=Auditors"), new ArrayList<>());
        assertEquals(List.of("Finance, read-only", "Sales = EMEA", "Smith\\, J", "Auditors"), out);
    }

    /**
     * A pattern whose quantified group has alternatives makes Java's regex engine recurse once per character: on a
     * long value it overflows a small stack. Such a value is dropped, never an error that fails the login; the
     * template's own pattern does not recurse and reads the longest value a provider may send.
     */
    @Test
    void aValueThatOverflowsTheRegexEngineIsDroppedAndTheTemplatePatternDoesNotRecurse() throws Exception {
        String longName = "CN=" + "x".repeat(ValueTransforms.MAX_VALUE_LENGTH - 3);
        List<List<String>> results = new ArrayList<>();
        Throwable[] failure = new Throwable[1];
        Thread small = new Thread(null, () -> {
            try {
                results.add(ValueTransforms.builder().extract("CN=((?:\\\\,|[^,])+)(?:,.*)?").build()
                        .apply(List.of(longName, "CN=short"), new ArrayList<>()));
                results.add(ValueTransforms.builder().extract(DN_EXTRACT).allow("(?:x|y)+").build()
                        .apply(List.of(longName), new ArrayList<>()));
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "small-stack", 64 * 1024);
        small.start();
        small.join();
        assertEquals(null, failure[0], "no error reaches the login");
        assertEquals(List.of("short"), results.get(0), "the recursive pattern drops the long value only");
        assertEquals(List.of(), results.get(1), "the allow-list's recursion drops it too");
        assertEquals(List.of("x".repeat(ValueTransforms.MAX_VALUE_LENGTH - 3)), ValueTransforms.builder()
                .extract(DN_EXTRACT).build().apply(List.of(longName), new ArrayList<>()));
    }

    /** The template's pattern is the one tested here, not a copy that drifted. */
    @Test
    void theTemplateUsesThisPattern() throws java.io.IOException {
        String template = java.nio.file.Files.readString(java.nio.file.Path.of(
                "../realm-templates/src/main/resources/realm-templates/organization-realm.json"));
        assertTrue(template.contains("\"extract.pattern\": \"" + DN_EXTRACT.replace("\\", "\\\\") + "\""),
                "organization-realm.json's groups mapper");
    }

    /** The patterns never run on more than a bounded number of values, however many the provider sends. */
    @Test
    void atMostMaxReadValuesAreRead() {
        List<String> notes = new ArrayList<>();
        List<String> sent = IntStream.range(0, ValueTransforms.MAX_READ + 500).mapToObj(i -> "x" + i)
                .collect(Collectors.toList());
        sent.set(ValueTransforms.MAX_READ + 10, "wanted");
        List<String> out = ValueTransforms.builder().allow("wanted").build().apply(sent, notes);
        assertEquals(List.of(), out, "a value past what is read is not looked at");
        assertTrue(notes.contains((ValueTransforms.MAX_READ + 500) + " values sent; only the first "
                + ValueTransforms.MAX_READ + " were read"), notes.toString());
    }

    @Test
    void splitTrimAndDeduplicate() {
        List<String> out = ValueTransforms.builder().split(";").build()
                .apply(List.of("EMEA; APAC ;;EMEA", " LATAM"), new ArrayList<>());
        assertEquals(List.of("EMEA", "APAC", "LATAM"), out);
    }

    @Test
    void splitIsLiteralNotRegex() {
        List<String> out = ValueTransforms.builder().split("|").build().apply(List.of("a|b"), new ArrayList<>());
        assertEquals(List.of("a", "b"), out);
    }

    @Test
    void withoutTrimOrDedupValuesStayAsSent() {
        List<String> out = ValueTransforms.builder().trim(false).deduplicate(false).build()
                .apply(List.of(" a", " a", "  "), new ArrayList<>());
        assertEquals(List.of(" a", " a"), out);
    }

    @Test
    void allowListDropsOthers() {
        List<String> notes = new ArrayList<>();
        List<String> out = ValueTransforms.builder().allow("filter-.*").build()
                .apply(List.of("filter-emea", "offline_access", "filter-apac"), notes);
        assertEquals(List.of("filter-emea", "filter-apac"), out);
        assertEquals(List.of("1 value(s) not on the allow-list were dropped"), notes);
    }

    @Test
    void capKeepsTheFirstValuesAndSaysSo() {
        List<String> many = IntStream.range(0, 10_000).mapToObj(i -> "g" + i).collect(Collectors.toList());
        List<String> notes = new ArrayList<>();
        List<String> out = ValueTransforms.builder().build().apply(many, notes);
        assertEquals(ValueTransforms.DEFAULT_MAX_VALUES, out.size());
        assertEquals("g0", out.get(0));
        assertTrue(notes.get(0).startsWith("10000 values sent"), notes.toString());
        assertTrue(notes.get(1).contains("values exceed the cap of 256"), notes.toString());
    }

    @Test
    void invalidConfigurationNamesTheField() {
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> ValueTransforms.builder().extract("(unclosed"));
        assertTrue(bad.getMessage().startsWith("extract pattern"), bad.getMessage());
        IllegalArgumentException groups = assertThrows(IllegalArgumentException.class,
                () -> ValueTransforms.builder().extract("no-group"));
        assertTrue(groups.getMessage().contains("must have a capture group"), groups.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ValueTransforms.builder().allow("[a-"));
        assertThrows(IllegalArgumentException.class, () -> ValueTransforms.builder().maxValues(0));
        assertThrows(IllegalArgumentException.class,
                () -> ValueTransforms.builder().maxValues(ValueTransforms.MAX_MAX_VALUES + 1));
    }

    @Test
    void overlongValuesAreDroppedBeforeAnyPatternSeesThem() {
        String huge = "CN=" + "a".repeat(1_000_000) + ",OU=Groups";
        String limit = "b".repeat(ValueTransforms.MAX_VALUE_LENGTH);
        List<String> notes = new ArrayList<>();
        // (a+)+b backtracks exponentially on a long run of a's; reaching it with the huge value would hang.
        List<String> out = ValueTransforms.builder().allow("(a+)+b|b+|Ops").build()
                .apply(List.of(huge, "a".repeat(ValueTransforms.MAX_VALUE_LENGTH + 1), limit, "Ops"), notes);
        assertEquals(List.of(limit, "Ops"), out, "a value at the limit is kept, longer ones dropped, never cut");
        assertEquals("2 value(s) longer than 1024 characters were dropped", notes.get(0));
    }

    @Test
    void lengthCapAppliesToEachSplitPartNotTheWholeClaim() {
        String parts = String.join(";", List.of("x".repeat(1000), "y".repeat(1000), "z".repeat(1000)));
        List<String> out = ValueTransforms.builder().split(";").build().apply(List.of(parts), new ArrayList<>());
        assertEquals(3, out.size());
    }
}
