package io.runtimeaccess.sharing.authzen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.runtimeaccess.sharing.api.BadRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;
import java.util.zip.CRC32;

/**
 * A search's page (AuthZEN 1.0 § "Pagination"): the request's {@code page.limit} (0 to {@value #MAX_LIMIT},
 * {@value #DEFAULT_LIMIT} by default) and {@code page.token}, and the answer's {@code page.next_token}, empty on
 * the last page. A token is opaque to the caller; it holds the position in the search's candidates, the limit and a
 * fingerprint of the request's entities and context, so a token sent with a changed request is refused, as the
 * specification advises. The fingerprint reads the members in name order (JSON does not order them), and a
 * follow-up may send the token alone, as the specification's example and the certification scenario do: the limit
 * then comes from the token, and only a different one is refused.
 */
record SearchPage(int offset, int limit, String fingerprint) {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1_000;
    /**
     * Candidates decided per page at most, whatever the limit: a page with few matches among many candidates
     * ends early with a next token, so no request walks a whole organization.
     */
    static final int MAX_EXAMINED = 5_000;
    private static final String TOKEN_PREFIX = "ra2:";

    /** The page of a search request (a JSON object). */
    static SearchPage of(JsonNode request) {
        JsonNode page = request.get("page");
        String fingerprint = fingerprint(request);
        if (page == null || page.isNull()) {
            return new SearchPage(0, DEFAULT_LIMIT, fingerprint);
        }
        Fields.object(page, "", "page");
        Integer limit = limit(page.get("limit"));
        JsonNode token = page.get("token");
        if (token == null || token.isNull() || (token.isTextual() && token.asText().isEmpty())) {
            return new SearchPage(0, limit == null ? DEFAULT_LIMIT : limit, fingerprint);
        }
        String[] parts = token.isTextual() ? decode(token.asText()) : null;
        if (parts == null) {
            throw BadRequest.invalid("page.token", "is not a token this server returned");
        }
        int tokenLimit = Integer.parseInt(parts[1]);
        // the token of an empty page (limit 0) goes on with any limit, the default when none is sent: a client
        // following tokens alone would otherwise be answered empty pages for ever
        boolean anyLimit = tokenLimit == 0;
        if (!parts[2].equals(fingerprint) || !anyLimit && limit != null && limit != tokenLimit) {
            throw BadRequest.invalid("page.token", "belongs to another request: send the same entities, "
                    + "context and limit as the request that returned it");
        }
        int pageLimit = !anyLimit ? tokenLimit : limit == null ? DEFAULT_LIMIT : limit;
        return new SearchPage(Integer.parseInt(parts[0]), pageLimit, fingerprint);
    }

    private static Integer limit(JsonNode limit) {
        if (limit == null || limit.isNull()) {
            return null;
        }
        if (!limit.canConvertToInt() || !limit.isIntegralNumber() || limit.intValue() < 0
                || limit.intValue() > MAX_LIMIT) {
            throw BadRequest.invalid("page.limit", "must be a whole number from 0 to " + MAX_LIMIT);
        }
        return limit.intValue();
    }

    /** A hash of the request without its page's token and limit: what must stay the same from page to page. */
    private static String fingerprint(JsonNode request) {
        JsonNode copy = request.deepCopy();
        if (copy instanceof ObjectNode members && copy.has("page")) {
            if (copy.get("page") instanceof ObjectNode page) {
                page.remove("token");
                page.remove("limit");
            }
            // no page, a null one and one with only a token or a limit are the same request
            if (copy.get("page").isEmpty()) {
                members.remove("page");
            }
        }
        CRC32 crc = new CRC32();
        crc.update(canonical(copy, new StringBuilder()).toString().getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue());
    }

    /** The JSON text with every object's members in name order. */
    private static StringBuilder canonical(JsonNode node, StringBuilder text) {
        if (node.isObject()) {
            text.append('{');
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            Collections.sort(names);
            for (String name : names) {
                text.append(TextNode.valueOf(name)).append(':');
                canonical(node.get(name), text).append(',');
            }
            return text.append('}');
        }
        if (node.isArray()) {
            text.append('[');
            node.forEach(element -> canonical(element, text).append(','));
            return text.append(']');
        }
        return text.append(node);
    }

    /** The offset, limit and fingerprint of a token this server made, or {@code null}. */
    private static String[] decode(String token) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String[] parts = decoded.startsWith(TOKEN_PREFIX) ? decoded.substring(TOKEN_PREFIX.length()).split(":", -1)
                    : null;
            return parts != null && parts.length == 3 && Integer.parseInt(parts[0]) >= 0
                    && Integer.parseInt(parts[1]) >= 0 && Integer.parseInt(parts[1]) <= MAX_LIMIT ? parts : null;
        } catch (IllegalArgumentException e) { // not base64, or not a number
            return null;
        }
    }

    /** The token of the page from {@code next} on, with this page's limit. */
    String token(int next) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((TOKEN_PREFIX + next + ":" + limit + ":" + fingerprint)
                        .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * {@code {"page": {"next_token", "count"}, "results": [...]}}: the results of the candidates from this page's
     * offset, {@code resultAt} answering {@code null} for a candidate that does not match. The page comes first, as
     * AuthZEN recommends, so a client streaming a long answer knows where it is before the results.
     */
    ObjectNode answer(int candidates, IntFunction<ObjectNode> resultAt) {
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        ObjectNode page = response.putObject("page");
        ArrayNode results = response.putArray("results");
        int next = offset;
        while (next < candidates && results.size() < limit && next - offset < MAX_EXAMINED) {
            ObjectNode result = resultAt.apply(next++);
            if (result != null) {
                results.add(result);
            }
        }
        page.put("next_token", next < candidates ? token(next) : "");
        page.put("count", results.size());
        return response;
    }

    /** The answer of a search with nothing to find (an unknown type or entity): no results, the last page. */
    static ObjectNode empty() {
        return new SearchPage(0, 1, "").answer(0, i -> null);
    }
}
