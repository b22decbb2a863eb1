package io.runtimeaccess.sharing.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.ForbiddenException;
import org.junit.jupiter.api.Test;

class FailureReasonTest {

    @Test
    void aRefusalKeepsItsOwnText() {
        assertEquals("role: no role 'approver' in the catalog",
                BadRequest.reasonOf(BadRequest.conflict("role", "no role 'approver' in the catalog")));
        assertEquals("may not map the role", BadRequest.reasonOf(new ForbiddenException("may not map the role")));
    }

    /** A driver's message names tables, columns and values: the stored record keeps only the kind of failure. */
    @Test
    void anyOtherFailureKeepsOnlyItsKind() {
        String reason = BadRequest.reasonOf(new PersistenceException(
                "ERROR: duplicate key value violates unique constraint \"ra_grant_uk\" Detail: (alice@example.com)"));
        assertEquals("PersistenceException (details in the server log)", reason);
    }
}
