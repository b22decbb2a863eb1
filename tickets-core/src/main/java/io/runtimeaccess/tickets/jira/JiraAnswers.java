package io.runtimeaccess.tickets.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Reads Jira's answers. A created issue answers {@code {"id","key","self"}}; the status answer holds
 * {@code fields.status.name} and {@code fields.status.statusCategory.key}, one of {@code new},
 * {@code indeterminate} and {@code done} (done means resolved); {@code myself} holds the account's
 * {@code displayName}. An answer is untrusted input: a key must look like
 * a Jira issue key before it is stored or put in a URL, and anything else reads as no answer.
 */
public final class JiraAnswers {

    /** Jira's issue key: the project key (an upper-case letter, then letters, digits, underscores), a dash, a number. */
    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,63}-[1-9][0-9]{0,17}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private JiraAnswers() {
    }

    /** What the status poll learned: the status's name and whether its category is done. */
    public record IssueStatus(String name, String category) {
        public boolean resolved() {
            return "done".equals(category);
        }
    }

    public static boolean isIssueKey(String key) {
        return key != null && ISSUE_KEY.matcher(key).matches();
    }

    /** The created issue's key, or null when the answer holds no valid key. */
    public static String issueKey(String body) {
        JsonNode key = read(body).path("key");
        return key.isTextual() && isIssueKey(key.asText()) ? key.asText() : null;
    }

    /**
     * What a search for a ticket's issue found: {@code understood} is false when the answer is not a search result
     * (no {@code issues} array, or a first issue without a valid key); otherwise {@code key} is the first issue's
     * key, or null when there is none.
     */
    public record Search(boolean understood, String key) {
        static final Search NOT_UNDERSTOOD = new Search(false, null);
    }

    /** Reads a JQL search's answer (both flavours put the issues in {@code issues}). */
    public static Search search(String body) {
        JsonNode issues = read(body).path("issues");
        if (!issues.isArray()) {
            return Search.NOT_UNDERSTOOD;
        }
        if (issues.isEmpty()) {
            return new Search(true, null);
        }
        JsonNode key = issues.get(0).path("key");
        return key.isTextual() && isIssueKey(key.asText()) ? new Search(true, key.asText()) : Search.NOT_UNDERSTOOD;
    }

    /** The issue's status, or null when the answer has none. */
    public static IssueStatus status(String body) {
        JsonNode status = read(body).path("fields").path("status");
        JsonNode category = status.path("statusCategory").path("key");
        if (!category.isTextual()) {
            return null;
        }
        String name = status.path("name").isTextual() ? status.path("name").asText() : category.asText();
        return new IssueStatus(limit(oneLine(name)), limit(oneLine(category.asText())));
    }

    /** The account's display name from a {@code myself} answer, or null when it has none. */
    public static String accountName(String body) {
        JsonNode name = read(body).path("displayName");
        if (!name.isTextual() || name.asText().isBlank()) {
            return null;
        }
        String text = oneLine(name.asText());
        return text.length() <= 255 ? text : text.substring(0, 255);
    }

    /** Jira's text as stored and logged: control characters (a NUL, which PostgreSQL refuses; line breaks) blank. */
    private static String oneLine(String text) {
        return CONTROL.matcher(text).replaceAll(" ").strip();
    }

    private static String limit(String text) {
        return text.length() <= 64 ? text : text.substring(0, 64);
    }

    private static JsonNode read(String body) {
        if (body == null || body.isEmpty()) {
            return MissingNode.getInstance();
        }
        try {
            JsonNode node = JSON.readTree(body);
            return node == null ? MissingNode.getInstance() : node;
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }
}
