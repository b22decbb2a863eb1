package io.runtimeaccess.reviews.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.runtimeaccess.reviews.input.InvalidInput;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemDecisionTest {

    @Test
    void everyDecisionNeedsAJustificationAndADelegationItsDelegate() {
        assertEquals(Decision.REVOKE, ItemDecision.of("d", "i1", "revoke", "left the team", null).decision());
        assertEquals("d.justification", field(() -> ItemDecision.of("d", "i1", "approve", " ", null)));
        assertEquals("d.justification", field(() -> ItemDecision.of("d", "i1", "approve", "x".repeat(1001), null)));
        assertEquals("d.decision", field(() -> ItemDecision.of("d", "i1", "keep", "why", null)));
        assertEquals("d.itemId", field(() -> ItemDecision.of("d", null, "approve", "why", null)));
        assertEquals("d.delegateTo", field(() -> ItemDecision.of("d", "i1", "delegate", "not mine", null)));
        assertEquals("d.delegateTo", field(() -> ItemDecision.of("d", "i1", "approve", "why", "bob")));
        assertEquals("d.delegateTo", field(() -> ItemDecision.of("d", "i1", "delegate", "why", "bo\u0000b")));
        assertEquals("d.itemId", field(() -> ItemDecision.of("d", "i\u00001", "approve", "why", null)));
        assertEquals("two\nlines", ItemDecision.of("d", "i1", "approve", "two\nlines", null).justification());
        assertEquals("d.justification", field(() -> ItemDecision.of("d", "i1", "approve", "nul\u0000", null)));
    }

    @Test
    void aBulkDecidesEachItemOnceAndIsBounded() {
        ItemDecision one = ItemDecision.of("d", "i1", "approve", "why", null);
        assertEquals("decisions", field(() -> ItemDecision.checkBulk(List.of())));
        assertEquals("decisions", field(() -> ItemDecision.checkBulk(List.of(one, one))));
        ItemDecision shouted = ItemDecision.of("d", "I1", "revoke", "why", null);
        assertEquals("decisions", field(() -> ItemDecision.checkBulk(List.of(one, shouted))),
                "one item on a database that compares without case");
        List<ItemDecision> many = new ArrayList<>();
        for (int i = 0; i <= ItemDecision.MAX_BULK; i++) {
            many.add(ItemDecision.of("d", "i" + i, "approve", "why", null));
        }
        assertEquals("decisions", field(() -> ItemDecision.checkBulk(many)));
        ItemDecision.checkBulk(many.subList(0, ItemDecision.MAX_BULK));
    }

    private static String field(Runnable call) {
        return assertThrows(InvalidInput.class, call::run).field();
    }
}
