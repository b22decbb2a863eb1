package io.runtimeaccess.events.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DeviceCookieConfigTest {

    @Test
    void defaultsTo400DaysTheBrowserCap() {
        assertEquals(400, new DeviceCookieConfig(Map.of()).maxAgeDays());
        assertEquals(400, new DeviceCookieConfig(null).maxAgeDays());
        assertEquals(400, new DeviceCookieConfig(Map.of(DeviceCookieConfig.MAX_AGE_DAYS, " ")).maxAgeDays());
        assertEquals(400 * 86_400, DeviceCookieConfig.DEFAULTS.maxAgeSeconds());
    }

    @Test
    void readsDaysFromOneTo400() {
        assertEquals(1, new DeviceCookieConfig(Map.of(DeviceCookieConfig.MAX_AGE_DAYS, "1")).maxAgeDays());
        assertEquals(90 * 86_400, new DeviceCookieConfig(Map.of(DeviceCookieConfig.MAX_AGE_DAYS, " 90 ")).maxAgeSeconds());
        assertEquals(400, new DeviceCookieConfig(Map.of(DeviceCookieConfig.MAX_AGE_DAYS, "400")).maxAgeDays());
    }

    @Test
    void rejectsOtherValuesNamingTheField() {
        for (String bad : new String[] {"0", "-5", "401", "1.5", "a year", "99999999999"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new DeviceCookieConfig(Map.of(DeviceCookieConfig.MAX_AGE_DAYS, bad)), bad);
            assertTrue(e.getMessage().startsWith(DeviceCookieConfig.MAX_AGE_DAYS + ":"), e.getMessage());
        }
    }
}
