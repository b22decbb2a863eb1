package io.runtimeaccess.reviews.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReviewerRightTest {

    @Test
    void onlyAnItemsReviewerDecidesItAndNeverAboutTheirOwnAccess() {
        assertEquals(ReviewerRight.ALLOWED, ReviewerRight.of("r1\nr2", "u1", "r2"));
        assertEquals(ReviewerRight.ALLOWED, ReviewerRight.of("r1", "u1", "r1"));
        assertEquals(ReviewerRight.NOT_A_REVIEWER, ReviewerRight.of("r1\nr2", "u1", "r3"));
        assertEquals(ReviewerRight.NOT_A_REVIEWER, ReviewerRight.of(null, "u1", "r1"));
        assertEquals(ReviewerRight.NOT_A_REVIEWER, ReviewerRight.of("", "u1", "r1"));
        assertEquals(ReviewerRight.OWN_ACCESS, ReviewerRight.of("u1\nr1", "u1", "u1"));
        assertEquals(ReviewerRight.OWN_ACCESS, ReviewerRight.of("r1", "u1", "u1"));
        assertEquals("not_a_reviewer", ReviewerRight.NOT_A_REVIEWER.code());
        assertEquals("own_access", ReviewerRight.OWN_ACCESS.code());
    }

    @Test
    void aReviewerIsAWholeLineNotAPartOfOne() {
        assertFalse(ReviewerRight.isReviewer("r10\nr11", "r1"));
        assertFalse(ReviewerRight.isReviewer("xr1", "r1"));
        assertFalse(ReviewerRight.isReviewer("r1", ""));
        assertTrue(ReviewerRight.isReviewer("a\nr1\nb", "r1"));
    }

    @Test
    void theLikePatternsMatchExactlyTheLinesIsReviewerMatches() {
        String[] columns = {"r1", "r1\nr2", "r2\nr1", "r2\nr1\nr3", "r10", "r10\nxr1", "xr1\nr12", "r%1", "r_1",
                "a\nr\n1", "r!1"};
        for (String id : new String[] {"r1", "r%1", "r_1", "r!1"}) {
            ReviewerRight.Patterns p = ReviewerRight.patterns(id);
            for (String column : columns) {
                boolean matched = like(column, p.alone()) || like(column, p.first()) || like(column, p.last())
                        || like(column, p.middle());
                assertEquals(ReviewerRight.isReviewer(column, id), matched, id + " in " + column.replace("\n", "|"));
            }
        }
    }

    /** SQL LIKE with escape character '!', as the databases evaluate it. */
    private static boolean like(String value, String pattern) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '!') {
                regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else if (c == '%') {
                regex.append("(?s:.*)");
            } else if (c == '_') {
                regex.append("(?s:.)");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return value.matches(regex.toString());
    }
}
