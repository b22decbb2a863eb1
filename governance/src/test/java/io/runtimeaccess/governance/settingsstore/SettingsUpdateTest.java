package io.runtimeaccess.governance.settingsstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.runtimeaccess.governance.proposal.Category;
import io.runtimeaccess.governance.settings.GovernanceMode;
import io.runtimeaccess.governance.settings.GovernanceSettings;
import io.runtimeaccess.sharing.api.BadRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SettingsUpdateTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void absentFieldsStayAsTheyAre() throws Exception {
        GovernanceSettings updated = SettingsUpdate.apply(GovernanceSettings.defaults(),
                body("{\"mode\":\"auto-low-risk\",\"autoApply\":[\"unused-access\"],\"dormantDays\":120}"));
        assertEquals(GovernanceMode.AUTO_LOW_RISK, updated.mode());
        assertEquals(Set.of(Category.UNUSED_ACCESS), updated.autoApply());
        assertEquals(120, updated.dormantDays());
        assertEquals(90, updated.unusedDays());
        assertEquals(GovernanceSettings.defaults().peerAttributes(), updated.peerAttributes());
        assertEquals(0.5, updated.minConfidence());
    }

    @Test
    void aMisspeltSettingIsRefusedNotLeftAsItWas() throws Exception {
        BadRequest refused = assertThrows(BadRequest.class,
                () -> SettingsUpdate.apply(GovernanceSettings.defaults(), body("{\"dormantDay\":30}")));
        assertEquals("dormantDay: is not a field of this body", BadRequest.reasonOf(refused));
        assertEquals(SettingsUpdate.FIELDS, SettingsUpdate.representation(GovernanceSettings.defaults()).keySet(),
                "the answer of GET may be sent back whole");
    }

    @Test
    void everyFieldIsReadAndShownInApiSpelling() throws Exception {
        GovernanceSettings updated = SettingsUpdate.apply(GovernanceSettings.defaults(), body("{\"mode\":\"approve\","
                + "\"autoApply\":[\"dormant-account\",\"unused-access\"],\"dormantDays\":1,\"unusedDays\":3650,"
                + "\"peerAttributes\":[\"department\",\"department\",\"site\"],"
                + "\"privilegedItems\":[\"realm-role:auditor\",\"grant:s1:approver\"],"
                + "\"rejectionSuppressionDays\":0,\"minConfidence\":1}"));
        Map<String, Object> rep = SettingsUpdate.representation(updated);
        assertEquals("approve", rep.get("mode"));
        assertEquals(List.of("dormant-account", "unused-access"), rep.get("autoApply"));
        assertEquals(List.of("department", "site"), rep.get("peerAttributes"));
        assertEquals(List.of("grant:s1:approver", "realm-role:auditor"), rep.get("privilegedItems"));
        assertEquals(0, rep.get("rejectionSuppressionDays"));
        assertEquals(1.0, rep.get("minConfidence"));
    }

    @Test
    void aBadFieldIsA400NamingIt() {
        assertField("mode", "{\"mode\":\"sometimes\"}");
        assertField("mode", "{\"mode\":3}");
        assertField("autoApply[1]", "{\"autoApply\":[\"unused-access\",\"everything\"]}");
        assertField("autoApply", "{\"autoApply\":\"unused-access\"}");
        assertField("dormantDays", "{\"dormantDays\":0}");
        assertField("dormantDays", "{\"dormantDays\":3651}");
        assertField("dormantDays", "{\"dormantDays\":\"90\"}");
        assertField("dormantDays", "{\"dormantDays\":9.5}");
        assertField("unusedDays", "{\"unusedDays\":-1}");
        assertField("peerAttributes[0]", "{\"peerAttributes\":[\" department\"]}");
        assertField("peerAttributes[1]", "{\"peerAttributes\":[\"a\",\"\"]}");
        assertField("peerAttributes[0]", "{\"peerAttributes\":[5]}");
        assertField("privilegedItems[0]", "{\"privilegedItems\":[\"admin\"]}");
        assertField("privilegedItems[0]", "{\"privilegedItems\":[\"role:admin\"]}");
        assertField("privilegedItems[0]", "{\"privilegedItems\":[\"realm-role:\"]}");
        assertField("rejectionSuppressionDays", "{\"rejectionSuppressionDays\":3651}");
        assertField("minConfidence", "{\"minConfidence\":1.5}");
        assertField("minConfidence", "{\"minConfidence\":\"0.5\"}");
        assertField("body", "[]");
    }

    private static void assertField(String field, String json) {
        BadRequest refused = assertThrows(BadRequest.class,
                () -> SettingsUpdate.apply(GovernanceSettings.defaults(), body(json)), json);
        assertEquals(field, ((Map<?, ?>) refused.getResponse().getEntity()).get("field"), json);
        assertEquals(400, refused.getResponse().getStatus());
    }

    private static JsonNode body(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
