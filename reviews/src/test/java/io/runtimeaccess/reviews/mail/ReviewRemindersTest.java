package io.runtimeaccess.reviews.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewRemindersTest {

    @Test
    void eachReviewerCountsTheUndecidedItemsTheyReview() {
        assertEquals(Map.of("boss", 2, "auditor", 2, "lead", 1), ReviewReminders.pendingByReviewer(
                Arrays.asList("boss", "boss\nauditor", "auditor\nlead", "", null)));
    }

    /** Thousands of reviewers make a few mail jobs: one per waiting count and hundred reviewers, not one each. */
    @Test
    void reviewersWithTheSameCountShareMailJobsOfAHundred() {
        Map<String, Integer> pending = new java.util.TreeMap<>();
        for (int i = 0; i < 5_000; i++) {
            pending.put("manager-" + i, 1 + i % 3);
        }
        java.util.List<Map.Entry<Integer, java.util.List<String>>> jobs = ReviewReminders.jobs(pending);
        assertEquals(51, jobs.size(), "1,667 + 1,667 + 1,666 reviewers in jobs of at most 100");
        assertEquals(5_000, jobs.stream().mapToInt(job -> job.getValue().size()).sum());
        assertEquals(5_000, jobs.stream().flatMap(job -> job.getValue().stream()).distinct().count());
        assertEquals(java.util.List.of(Map.entry(1, java.util.List.of("auditor")), Map.entry(2,
                java.util.List.of("boss", "lead"))), ReviewReminders.jobs(Map.of("boss", 2, "auditor", 1,
                "lead", 2)).stream().map(job -> Map.entry(job.getKey(), job.getValue().stream().sorted().toList()))
                .toList());
    }
}
