package io.runtimeaccess.events.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.persistence.Column;
import jakarta.persistence.Lob;
import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;

class EntityMappingTest {

    /** On PostgreSQL a {@code @Lob} string is a large object per write, and the previous one is left behind. */
    @Test
    void noColumnIsALargeObject() {
        for (Class<?> entity : new AnomalyEntityProviderFactory().getEntities()) {
            for (Field field : entity.getDeclaredFields()) {
                assertFalse(field.isAnnotationPresent(Lob.class), entity.getSimpleName() + "." + field.getName());
            }
        }
    }

    @Test
    void userIdColumnsTakeUserStorageIds() throws NoSuchFieldException {
        assertEquals(255, FindingEntity.class.getDeclaredField("userId").getAnnotation(Column.class).length());
        assertEquals(255, FindingEntity.class.getDeclaredField("statusBy").getAnnotation(Column.class).length());
    }
}
