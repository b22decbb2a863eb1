package io.runtimeaccess.events.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.runtimeaccess.anomaly.finding.Assessment;
import io.runtimeaccess.anomaly.finding.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** One bad finding costs only itself; a database that is down costs a few transactions, not one per finding. */
class IsolatedBatchesTest {

    private final List<List<String>> transactions = new ArrayList<>();
    private final List<String> committed = new ArrayList<>();

    private static Assessment finding(String realm, String id) {
        return new Assessment(id, realm, "f:ldap-component-0123456789abcdef:" + id, 1L, 70, Severity.HIGH, List.of(),
                List.of(id), "test");
    }

    /** A transaction that fails when it holds {@code poison}, or always when {@code poison} is null. */
    private Consumer<List<Assessment>> database(String poison) {
        return batch -> {
            List<String> ids = batch.stream().map(Assessment::eventId).toList();
            transactions.add(ids);
            if (poison == null || ids.contains(poison)) {
                throw new IllegalStateException("value too long for type character varying(36)");
            }
            committed.addAll(ids);
        };
    }

    @Test
    void oneBadFindingDoesNotRollBackTheOthers() {
        List<Assessment> batch = List.of(finding("a", "a1"), finding("b", "b1"), finding("a", "a2"),
                finding("b", "b2"), finding("b", "b3"), finding("c", "c1"));

        List<Assessment> failed = IsolatedBatches.write(batch, database("b2"));

        assertEquals(List.of("b2"), failed.stream().map(Assessment::eventId).toList());
        assertEquals(List.of("a1", "a2", "b1", "b3", "c1"), committed);
        assertEquals(List.of(List.of("a1", "a2"), List.of("b1", "b2", "b3"), List.of("b1"), List.of("b2"),
                List.of("b3"), List.of("c1")), transactions, "one transaction per realm, one by one for the failed realm");
    }

    @Test
    void aDatabaseThatIsDownIsGivenUpOnAfterAFewTransactions() {
        List<Assessment> batch = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            batch.add(finding("realm-" + i % 5, "e" + i));
        }

        List<Assessment> failed = IsolatedBatches.write(batch, database(null));

        List<String> ids = failed.stream().map(Assessment::eventId).toList();
        assertEquals(batch.size(), ids.size(), "everything is handed back: " + ids);
        assertEquals(List.of("e0", "e5", "e10", "e15"), ids.subList(0, 4), "in order within a realm");
        assertEquals(batch.stream().map(Assessment::eventId).sorted().toList(), ids.stream().sorted().toList());
        assertEquals(IsolatedBatches.GIVE_UP_AFTER, transactions.size());
    }
}
