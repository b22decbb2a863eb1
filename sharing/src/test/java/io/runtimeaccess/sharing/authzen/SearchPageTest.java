package io.runtimeaccess.sharing.authzen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.runtimeaccess.sharing.api.BadRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keycloak.util.JsonSerialization;

class SearchPageTest {

    private static JsonNode json(String text) throws Exception {
        return JsonSerialization.mapper.readTree(text);
    }

    private static ObjectNode even(int i) {
        return i % 2 == 0 ? JsonNodeFactory.instance.objectNode().put("n", i) : null;
    }

    @Test
    void tokensWalkEveryResultOnceAndTheLastPageSaysSo() throws Exception {
        String request = "{\"subject\":{\"type\":\"user\"},\"page\":{\"limit\":3%s}}";
        List<Integer> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            JsonNode page = SearchPage.of(json(String.format(request, token == null ? "" : ",\"token\":\"" + token + "\"")))
                    .answer(20, SearchPageTest::even);
            page.get("results").forEach(result -> seen.add(result.get("n").intValue()));
            assertTrue(page.get("results").size() <= 3);
            assertEquals(page.get("results").size(), page.get("page").get("count").intValue());
            assertEquals("page", page.fieldNames().next(), "the page comes first, as AuthZEN recommends");
            token = page.get("page").get("next_token").asText();
            pages++;
        } while (!token.isEmpty());
        assertEquals(List.of(0, 2, 4, 6, 8, 10, 12, 14, 16, 18), seen);
        assertEquals(4, pages);
    }

    @Test
    void aTokenOnlyServesTheRequestThatReturnedIt() throws Exception {
        String next = SearchPage.of(json("{\"action\":{\"name\":\"read\"},\"page\":{\"limit\":1}}"))
                .answer(5, SearchPageTest::even).get("page").get("next_token").asText();
        assertFalse(next.isEmpty());
        assertEquals(1, SearchPage.of(json("{\"action\":{\"name\":\"read\"},\"page\":{\"limit\":1,\"token\":\"" + next
                + "\"}}")).offset());
        BadRequest changed = assertThrows(BadRequest.class, () -> SearchPage.of(json(
                "{\"action\":{\"name\":\"write\"},\"page\":{\"limit\":1,\"token\":\"" + next + "\"}}")));
        assertEquals("page.token", changed.field());
        assertEquals("page.token", assertThrows(BadRequest.class,
                () -> SearchPage.of(json("{\"page\":{\"token\":\"not-ours\"}}"))).field());
        assertEquals("page.token", assertThrows(BadRequest.class,
                () -> SearchPage.of(json("{\"page\":{\"token\":7}}"))).field());
    }

    @Test
    void aFollowUpMaySendTheTokenAloneAndMembersInAnyOrder() throws Exception {
        String first = "{\"subject\":{\"type\":\"user\"},\"action\":{\"name\":\"read\"},"
                + "\"resource\":{\"type\":\"record\",\"id\":\"record-1\"}%s}";
        String next = SearchPage.of(json(String.format(first, ",\"page\":{\"limit\":1}")))
                .answer(5, SearchPageTest::even).get("page").get("next_token").asText();
        // the certification scenario's follow-up (c-4-5-2) and the specification's example: the token alone
        SearchPage alone = SearchPage.of(json(String.format(first, ",\"page\":{\"token\":\"" + next + "\"}")));
        assertEquals(1, alone.offset());
        assertEquals(1, alone.limit(), "the limit the token was made with");
        // the same entities with their members in another order
        SearchPage reordered = SearchPage.of(json("{\"page\":{\"token\":\"" + next + "\"},\"resource\":{\"id\":"
                + "\"record-1\",\"type\":\"record\"},\"action\":{\"name\":\"read\"},\"subject\":{\"type\":\"user\"}}"));
        assertEquals(1, reordered.offset());
        assertEquals("page.token", assertThrows(BadRequest.class, () -> SearchPage.of(json(String.format(first,
                ",\"page\":{\"limit\":2,\"token\":\"" + next + "\"}")))).field(), "another limit");
        // a first page without any page object goes on with the default limit
        String noPage = SearchPage.of(json(String.format(first, ""))).answer(300, i -> even(0))
                .get("page").get("next_token").asText();
        assertEquals(SearchPage.DEFAULT_LIMIT, SearchPage.of(json(String.format(first, ",\"page\":{\"token\":\""
                + noPage + "\"}"))).offset());
    }

    @Test
    void aLimitOfZeroAnswersAnEmptyPageThatKeepsItsPlace() throws Exception {
        JsonNode page = SearchPage.of(json("{\"page\":{\"limit\":0}}")).answer(5, SearchPageTest::even);
        assertEquals(0, page.get("results").size());
        String next = page.get("page").get("next_token").asText();
        SearchPage following = SearchPage.of(json("{\"page\":{\"token\":\"" + next + "\"}}"));
        assertEquals(0, following.offset());
        assertEquals(SearchPage.DEFAULT_LIMIT, following.limit(), "a client following tokens alone gets results");
        assertEquals(7, SearchPage.of(json("{\"page\":{\"limit\":7,\"token\":\"" + next + "\"}}")).limit(),
                "or any limit it sends");
        assertEquals("", SearchPage.of(json("{\"page\":{\"limit\":0}}")).answer(0, SearchPageTest::even).get("page")
                .get("next_token").asText());
    }

    @Test
    void theLimitIsBounded() throws Exception {
        assertEquals(SearchPage.DEFAULT_LIMIT, SearchPage.of(json("{}")).limit());
        for (String limit : new String[] {"1001", "1.5", "\"10\"", "-1"}) {
            assertEquals("page.limit", assertThrows(BadRequest.class,
                    () -> SearchPage.of(json("{\"page\":{\"limit\":" + limit + "}}"))).field(), limit);
        }
        assertEquals("page", assertThrows(BadRequest.class, () -> SearchPage.of(json("{\"page\":[]}"))).field());
        JsonNode empty = SearchPage.empty();
        assertEquals(0, empty.get("results").size());
        assertEquals("", empty.get("page").get("next_token").asText());
    }

    @Test
    void onlyAPlausibleRequestIdIsEchoed() {
        assertTrue(RequestIds.isPlausible("3f2a-41-x_y"));
        assertFalse(RequestIds.isPlausible(""));
        assertFalse(RequestIds.isPlausible("a\r\nSet-Cookie: x"));
        assertFalse(RequestIds.isPlausible("x".repeat(RequestIds.MAX_LENGTH + 1)));
    }
}
