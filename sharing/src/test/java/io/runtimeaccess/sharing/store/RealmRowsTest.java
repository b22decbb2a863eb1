package io.runtimeaccess.sharing.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.PessimisticLockException;
import org.hibernate.ObjectNotFoundException;
import org.junit.jupiter.api.Test;
import org.keycloak.models.ModelException;

class RealmRowsTest {

    @Test
    void aRowDeletedMeanwhileIsKnownUnderKeycloaksWrapping() {
        // what a refresh of a deleted row throws through Keycloak's entity manager
        assertTrue(RealmRows.deletedMeanwhile(new ModelException("Database operation failed",
                new ObjectNotFoundException((Object) "g1", EndUserGroupEntity.class.getName()))));
        assertTrue(RealmRows.deletedMeanwhile(new EntityNotFoundException("gone")));
    }

    @Test
    void anyOtherFailureIsNot() {
        assertFalse(RealmRows.deletedMeanwhile(new ModelException("Database operation failed",
                new PessimisticLockException("lock timeout"))));
        assertFalse(RealmRows.deletedMeanwhile(new IllegalStateException("closed")));
    }
}
