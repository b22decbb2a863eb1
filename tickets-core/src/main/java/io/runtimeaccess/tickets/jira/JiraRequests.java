package io.runtimeaccess.tickets.jira;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.runtimeaccess.tickets.config.FieldMapping;
import io.runtimeaccess.tickets.config.JiraFlavour;
import io.runtimeaccess.tickets.ticket.AdfDocument;
import io.runtimeaccess.tickets.ticket.Ticket;
import io.runtimeaccess.tickets.ticket.WikiMarkup;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The requests of each flavour. Create: {@code POST {base}/rest/api/{3|2}/issue} with
 * {@code {"fields":{"project":{"key"},"issuetype":{"name"},"summary","description",...mapped fields}}}, the
 * description an ADF document (Cloud) or a wiki-markup string (Data Center). Status: {@code GET
 * {base}/rest/api/{3|2}/issue/{key}?fields=status}. Both send {@code Accept: application/json} and the flavour's
 * {@code Authorization}; the create sends {@code Content-Type: application/json}. Connection test: {@code GET
 * {base}/rest/api/{3|2}/myself}, the account the credentials sign in as.
 *
 * <p>Jira's create call has no idempotency key, and a timeout or a 5xx may come after the issue was made. So each
 * issue carries the label {@code runtime-access-<ticket id>}, and before a retry the courier searches for it
 * ({@link #findCreated}): {@code GET {base}/rest/api/3/search/jql} (Cloud) or {@code /rest/api/2/search} (Data
 * Center) with {@code jql=labels = "runtime-access-<ticket id>" ORDER BY created ASC}, {@code fields=summary} and
 * {@code maxResults=1}.
 */
public final class JiraRequests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LABEL_PREFIX = "runtime-access-";
    /** An outbox ticket's id (Keycloak's generated ids): it goes into a label and a JQL string, so no blank or quote. */
    private static final Pattern TICKET_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private JiraRequests() {
    }

    public static JiraCall create(JiraSite site, String projectKey, String issueType, FieldMapping mapping,
            String ticketId, Ticket ticket) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode fields = body.putObject("fields");
        fields.putObject("project").put("key", projectKey);
        fields.putObject("issuetype").put("name", issueType);
        fields.put("summary", ticket.summary());
        if (site.flavour() == JiraFlavour.CLOUD) {
            fields.set("description", AdfDocument.of(ticket));
        } else {
            fields.put("description", WikiMarkup.of(ticket));
        }
        mapping.apply(ticket, fields);
        // after the mapping, which may have put a label of its own
        (fields.has("labels") ? (ArrayNode) fields.get("labels") : fields.putArray("labels")).add(label(ticketId));
        Map<String, String> headers = headers(site);
        headers.put("Content-Type", "application/json");
        return new JiraCall("POST", URI.create(site.baseUrl() + site.flavour().apiPath() + "/issue"), headers,
                write(body));
    }

    /** The issue's status only; {@code key} must be one {@link JiraAnswers#issueKey} accepted. */
    public static JiraCall status(JiraSite site, String key) {
        if (!JiraAnswers.isIssueKey(key)) {
            throw new IllegalArgumentException("not an issue key");
        }
        return new JiraCall("GET", URI.create(site.baseUrl() + site.flavour().apiPath() + "/issue/" + key
                + "?fields=status"), headers(site), null);
    }

    /** The search for the issue an earlier attempt at {@code ticketId} may have created, the oldest first. */
    public static JiraCall findCreated(JiraSite site, String ticketId) {
        String jql = "labels = \"" + label(ticketId) + "\" ORDER BY created ASC";
        return new JiraCall("GET", URI.create(site.baseUrl() + site.flavour().apiPath() + site.flavour().searchPath()
                + "?jql=" + URLEncoder.encode(jql, StandardCharsets.UTF_8).replace("+", "%20")
                + "&fields=summary&maxResults=1"), headers(site), null);
    }

    /** The label marking the issue of one outbox ticket. */
    public static String label(String ticketId) {
        if (ticketId == null || !TICKET_ID.matcher(ticketId).matches()) {
            throw new IllegalArgumentException("not a ticket id");
        }
        return LABEL_PREFIX + ticketId;
    }

    /** Who the credentials are: any project-independent call would do, this one changes nothing and is cheap. */
    public static JiraCall myself(JiraSite site) {
        return new JiraCall("GET", URI.create(site.baseUrl() + site.flavour().apiPath() + "/myself"), headers(site),
                null);
    }

    private static Map<String, String> headers(JiraSite site) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        headers.put("Authorization", site.authorization());
        return headers;
    }

    private static String write(ObjectNode body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
