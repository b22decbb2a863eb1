package io.runtimeaccess.sharing.authzen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.runtimeaccess.sharing.api.BadRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.IntFunction;
import java.util.zip.CRC32;

/**
 * A search's page (AuthZEN 1.0 § "Pagination"): the request's {@code page.limit} (1 to {@value #MAX_LIMIT},
 * {@value #DEFAULT_LIMIT} by default) and {@code page.token}, and the answer's {@code page.next_token}, empty on
 * the last page. A token is opaque to the caller; it holds the position in the search's candidates and a
 * fingerprint of the request, so a token sent with a changed request is refused, as the specification advises.
 */
record SearchPage(int offset, int limit, String fingerprint) {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1_000;
    /**
     * Candidates decided per page at most, whatever the limit: a page with few matches among many candidates
     * ends early with a next token, so no request walks a whole organization.
     */
    static final int MAX_EXAMINED = 5_000;
    private static final String TOKEN_PREFIX = "ra1:";

    /** The page of a search request (a JSON object). */
    static SearchPage of(JsonNode request) {
        JsonNode page = request.get("page");
        String fingerprint = fingerprint(request);
        if (page == null || page.isNull()) {
            return new SearchPage(0, DEFAULT_LIMIT, fingerprint);
        }
        Fields.object(page, "", "page");
        int limit = DEFAULT_LIMIT;
        JsonNode limitNode = page.get("limit");
        if (limitNode != null && !limitNode.isNull()) {
            if (!limitNode.canConvertToInt() || !limitNode.isIntegralNumber() || limitNode.intValue() < 1
                    || limitNode.intValue() > MAX_LIMIT) {
                throw BadRequest.invalid("page.limit", "must be a whole number from 1 to " + MAX_LIMIT);
            }
            limit = limitNode.intValue();
        }
        JsonNode token = page.get("token");
        if (token == null || token.isNull() || (token.isTextual() && token.asText().isEmpty())) {
            return new SearchPage(0, limit, fingerprint);
        }
        return new SearchPage(offsetOf(token, fingerprint), limit, fingerprint);
    }

    /** A hash of the request without its page token: what must stay the same from page to page. */
    private static String fingerprint(JsonNode request) {
        JsonNode copy = request.deepCopy();
        if (copy.get("page") instanceof ObjectNode page) {
            page.remove("token");
        }
        CRC32 crc = new CRC32();
        crc.update(copy.toString().getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue());
    }

    private static int offsetOf(JsonNode token, String fingerprint) {
        String[] parts = token.isTextual() ? decode(token.asText()) : null;
        if (parts == null) {
            throw BadRequest.invalid("page.token", "is not a token this server returned");
        }
        if (!parts[1].equals(fingerprint)) {
            throw BadRequest.invalid("page.token", "belongs to another request: send the same entities, "
                    + "context and limit as the request that returned it");
        }
        return Integer.parseInt(parts[0]);
    }

    /** The offset and fingerprint of a token this server made, or {@code null}. */
    private static String[] decode(String token) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String[] parts = decoded.startsWith(TOKEN_PREFIX) ? decoded.substring(TOKEN_PREFIX.length()).split(":", -1)
                    : null;
            return parts != null && parts.length == 2 && Integer.parseInt(parts[0]) >= 0 ? parts : null;
        } catch (IllegalArgumentException e) { // not base64, or not a number
            return null;
        }
    }

    String token(int next) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((TOKEN_PREFIX + next + ":" + fingerprint).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * {@code {"results": [...], "page": {"next_token", "count"}}}: the results of the candidates from this page's
     * offset, {@code resultAt} answering {@code null} for a candidate that does not match.
     */
    ObjectNode answer(int candidates, IntFunction<ObjectNode> resultAt) {
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        ArrayNode results = response.putArray("results");
        int next = offset;
        while (next < candidates && results.size() < limit && next - offset < MAX_EXAMINED) {
            ObjectNode result = resultAt.apply(next++);
            if (result != null) {
                results.add(result);
            }
        }
        ObjectNode page = response.putObject("page");
        page.put("next_token", next < candidates ? token(next) : "");
        page.put("count", results.size());
        return response;
    }

    /** The answer of a search with nothing to find (an unknown type or entity): no results, the last page. */
    static ObjectNode empty() {
        return new SearchPage(0, 1, "").answer(0, i -> null);
    }
}
