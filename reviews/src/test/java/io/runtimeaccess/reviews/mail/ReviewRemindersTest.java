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

    /** Thousands of reviewers make as many mail jobs as there are distinct counts, not one each. */
    @Test
    void reviewersWithTheSameCountShareOneMailJob() {
        Map<String, Integer> pending = new java.util.TreeMap<>();
        for (int i = 0; i < 5_000; i++) {
            pending.put("manager-" + i, 1 + i % 3);
        }
        Map<Integer, java.util.List<String>> jobs = ReviewReminders.byCount(pending);
        assertEquals(java.util.Set.of(1, 2, 3), jobs.keySet());
        assertEquals(5_000, jobs.values().stream().mapToInt(java.util.List::size).sum());
        assertEquals(java.util.List.of("boss", "lead"), ReviewReminders.byCount(Map.of("boss", 2, "auditor", 1,
                "lead", 2)).get(2).stream().sorted().toList());
    }
}
