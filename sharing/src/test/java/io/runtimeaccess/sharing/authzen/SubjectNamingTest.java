package io.runtimeaccess.sharing.authzen;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SubjectNamingTest {

    private static final String ID = "0f8fad5b-d9cb-469f-a165-70867728950e";

    @Test
    void theCallersIdOrUsernameInAnyCaseMayNameTheCaller() {
        assertTrue(AccessEvaluationResource.mayNameCaller(ID, "alice", ID));
        assertTrue(AccessEvaluationResource.mayNameCaller(ID, "alice", "ALICE"));
        assertTrue(AccessEvaluationResource.mayNameCaller("f:ldap:alice", "alice", "f:ldap:alice"));
    }

    @Test
    void anyOtherNameIsRefusedWithoutALookup() {
        assertFalse(AccessEvaluationResource.mayNameCaller(ID, "alice", "bob"));
        assertFalse(AccessEvaluationResource.mayNameCaller(ID, "alice", ID.toUpperCase()));
        assertFalse(AccessEvaluationResource.mayNameCaller(ID, "alice", "alice2"));
        assertFalse(AccessEvaluationResource.mayNameCaller(ID, "alice", "ffffffff-d9cb-469f-a165-70867728950e"));
    }
}
