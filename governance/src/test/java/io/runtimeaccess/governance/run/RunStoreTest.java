package io.runtimeaccess.governance.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.runtimeaccess.governance.proposal.Category;
import io.runtimeaccess.governance.proposal.ChangeType;
import io.runtimeaccess.governance.proposal.Proposal;
import io.runtimeaccess.governance.queue.ProposalQueue;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.util.JsonSerialization;

class RunStoreTest {

    private static Proposal proposal(Category category) {
        return new Proposal(category, ChangeType.REVIEW, "u1", null, 0.9, "why", Map.of(), "m-1", List.of());
    }

    @Test
    void countsEveryCategoryAndShowsTheRunAsTheApiDoes() throws IOException {
        RunCounts counts = RunCounts.of(12, 1.5, List.of(proposal(Category.DORMANT_ACCOUNT),
                proposal(Category.DORMANT_ACCOUNT), proposal(Category.RECONCILIATION)),
                new ProposalQueue.SubmitResult(2, 1, 0, 0));
        assertEquals(Category.values().length, counts.byCategory().size(), "categories without proposals show 0");
        assertEquals(2, counts.byCategory().get("dormant-account"));
        assertEquals(0, counts.byCategory().get("peer-recommendation"));

        RunEntity run = new RunEntity();
        run.setId("r1");
        run.setTrigger(Trigger.NIGHTLY.apiName());
        run.setStartedAt(1_764_842_400_000L);
        run.setFinishedAt(1_764_842_401_500L);
        run.setStatus(RunStore.FINISHED);
        run.setCounts(JsonSerialization.writeValueAsString(counts));
        Map<String, Object> json = RunStore.representation(run);
        assertEquals("nightly", json.get("trigger"));
        assertEquals("2025-12-04T10:00:00Z", json.get("startedAt"));
        assertEquals(12, json.get("users"));
        assertEquals(2, json.get("created"));
        assertEquals(1, json.get("duplicates"));
        assertFalse(json.containsKey("error"));
    }

    @Test
    void aFailedRunSaysWhy() throws IOException {
        RunEntity run = new RunEntity();
        run.setId("r2");
        run.setTrigger(Trigger.API.apiName());
        run.setStartedAt(0);
        run.setStatus(RunStore.FAILED);
        run.setCounts(JsonSerialization.writeValueAsString(RunCounts.failed(0.2, "IllegalStateException: boom")));
        Map<String, Object> json = RunStore.representation(run);
        assertEquals("IllegalStateException: boom", json.get("error"));
        assertNull(json.get("finishedAt"));
    }

    @Test
    void secondsAreRoundedToTenths() {
        assertEquals(1.2, RunEngine.seconds(0, 1_249));
    }
}
