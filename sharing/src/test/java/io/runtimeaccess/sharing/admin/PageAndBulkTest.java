package io.runtimeaccess.sharing.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.runtimeaccess.sharing.api.BadRequest;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageAndBulkTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void pagesDefaultToTheFirstHundredAndRefuseWhatIsOutOfRange() {
        assertEquals(new Page(null, 0, 100), Page.of(null, null, null));
        assertEquals(new Page(null, 0, 100), Page.of("", null, null), "an empty search is no search");
        assertEquals(new Page("ab", 5, 500), Page.of("ab", "5", "500"));
        assertEquals("max", field(assertThrows(BadRequest.class, () -> Page.of(null, null, "501"))));
        assertEquals("max", field(assertThrows(BadRequest.class, () -> Page.of(null, null, "0"))));
        assertEquals("first", field(assertThrows(BadRequest.class, () -> Page.of(null, "-1", null))));
        assertEquals("first", field(assertThrows(BadRequest.class, () -> Page.of(null, "x", null))));
        assertEquals("search", field(assertThrows(BadRequest.class, () -> Page.of("s".repeat(256), null, null))));
        assertEquals("s".repeat(255), Page.of("s".repeat(255), null, null).search(), "as long as a group's name");
    }

    @Test
    void flagsAreTrueFalseOrAbsent() {
        assertNull(Page.flag("archived", null));
        assertEquals(Boolean.TRUE, Page.flag("archived", "true"));
        assertEquals(Boolean.FALSE, Page.flag("archived", "FALSE"));
        assertEquals("archived", field(assertThrows(BadRequest.class, () -> Page.flag("archived", "1"))));
    }

    @Test
    void bulkNamesAreCheckedBeforeAnyoneIsLookedUp() throws Exception {
        assertEquals(List.of("alice", "bob@example.com"),
                BulkMembers.names(JSON.readTree("{\"members\":[\"alice\",\" bob@example.com \",\"alice\"]}")));
        assertEquals("members", field(assertThrows(BadRequest.class, () -> BulkMembers.names(JSON.readTree("{}")))));
        assertEquals("members", field(assertThrows(BadRequest.class,
                () -> BulkMembers.names(JSON.readTree("{\"members\":\"alice\"}")))));
        assertEquals("members", field(assertThrows(BadRequest.class,
                () -> BulkMembers.names(JSON.readTree("{\"members\":[]}")))));
        assertEquals("members[1]", field(assertThrows(BadRequest.class,
                () -> BulkMembers.names(JSON.readTree("{\"members\":[\"a\",5]}")))));
        assertEquals("members[0]", field(assertThrows(BadRequest.class,
                () -> BulkMembers.names(JSON.readTree("{\"members\":[\"" + "x".repeat(256) + "\"]}")))));
        StringBuilder many = new StringBuilder("{\"members\":[");
        for (int i = 0; i <= BulkMembers.MAX; i++) {
            many.append(i == 0 ? "" : ",").append("\"u").append(i).append('"');
        }
        JsonNode tooMany = JSON.readTree(many.append("]}").toString());
        assertEquals("members", field(assertThrows(BadRequest.class, () -> BulkMembers.names(tooMany))));
    }

    @Test
    void ownerIdsAreCheckedBeforeAnyoneIsLookedUp() throws Exception {
        assertEquals(List.of("a", "b"), OwnerIds.read(JSON.readTree("{\"userIds\":[\"a\",\" b \",\"a\"]}")));
        assertEquals(List.of(), OwnerIds.read(JSON.readTree("{\"userIds\":[]}")), "no owners is a valid answer");
        assertEquals("body", field(assertThrows(BadRequest.class, () -> OwnerIds.read(JSON.readTree("[]")))));
        assertEquals("userIds", field(assertThrows(BadRequest.class, () -> OwnerIds.read(JSON.readTree("{}")))));
        assertEquals("userIds", field(assertThrows(BadRequest.class,
                () -> OwnerIds.read(JSON.readTree("{\"userIds\":\"a\"}")))));
        assertEquals("userIds[1]", field(assertThrows(BadRequest.class,
                () -> OwnerIds.read(JSON.readTree("{\"userIds\":[\"a\",\" \"]}")))));
        assertEquals("userIds[0]", field(assertThrows(BadRequest.class,
                () -> OwnerIds.read(JSON.readTree("{\"userIds\":[\"" + "x".repeat(256) + "\"]}")))));
        assertEquals("userIds[0]", field(assertThrows(BadRequest.class,
                () -> OwnerIds.read(JSON.readTree("{\"userIds\":[\"a\\u0000b\"]}")))));
        StringBuilder many = new StringBuilder("{\"userIds\":[");
        for (int i = 0; i <= 50; i++) {
            many.append(i == 0 ? "" : ",").append("\"u").append(i).append('"');
        }
        JsonNode tooMany = JSON.readTree(many.append("]}").toString());
        assertEquals("userIds", field(assertThrows(BadRequest.class, () -> OwnerIds.read(tooMany))));
        StringBuilder fifty = new StringBuilder("{\"userIds\":[");
        for (int i = 0; i < 50; i++) {
            fifty.append(i == 0 ? "" : ",").append("\"u").append(i % 49).append('"');
        }
        assertEquals(49, OwnerIds.read(JSON.readTree(fifty.append("]}").toString())).size(),
                "the limit counts distinct users");
    }

    private static String field(WebApplicationException e) {
        return (String) ((Map<?, ?>) e.getResponse().getEntity()).get("field");
    }
}
