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
}
