package io.runtimeaccess.tickets.jira;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.runtimeaccess.tickets.config.FieldMapping;
import io.runtimeaccess.tickets.config.JiraFlavour;
import io.runtimeaccess.tickets.ticket.AdfDocument;
import io.runtimeaccess.tickets.ticket.Ticket;
import io.runtimeaccess.tickets.ticket.WikiMarkup;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The requests of each flavour. Create: {@code POST {base}/rest/api/{3|2}/issue} with
 * {@code {"fields":{"project":{"key"},"issuetype":{"name"},"summary","description",...mapped fields}}}, the
 * description an ADF document (Cloud) or a wiki-markup string (Data Center). Status: {@code GET
 * {base}/rest/api/{3|2}/issue/{key}?fields=status}. Both send {@code Accept: application/json} and the flavour's
 * {@code Authorization}; the create sends {@code Content-Type: application/json}. Connection test: {@code GET
 * {base}/rest/api/{3|2}/myself}, the account the credentials sign in as.
 */
public final class JiraRequests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JiraRequests() {
    }

    public static JiraCall create(JiraSite site, String projectKey, String issueType, FieldMapping mapping,
            Ticket ticket) {
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
