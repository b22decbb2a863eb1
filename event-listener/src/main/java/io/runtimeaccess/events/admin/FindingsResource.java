package io.runtimeaccess.events.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.runtimeaccess.anomaly.finding.Detection;
import io.runtimeaccess.anomaly.finding.Severity;
import io.runtimeaccess.events.actor.AdminNames;
import io.runtimeaccess.events.finding.FindingChanged;
import io.runtimeaccess.events.finding.FindingEntity;
import io.runtimeaccess.events.finding.FindingFilter;
import io.runtimeaccess.events.finding.FindingJson;
import io.runtimeaccess.events.finding.FindingStore;
import io.runtimeaccess.events.pipeline.AfterCommit;
import io.runtimeaccess.events.pipeline.EventPipeline;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * {@code /admin/realms/{realm}/anomaly-findings}: list, read, acknowledge and dismiss the realm's
 * findings, and its findings settings. Reading needs realm-management {@code view-events}; changing
 * needs {@code manage-events}, and dismissing (which teaches the scorer) {@code manage-users} too. Every
 * change is an admin event.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FindingsResource {

    static final int MAX_PAGE = 500;

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;
    private final EventPipeline pipeline;

    FindingsResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth,
            AdminEventBuilder adminEvent, EventPipeline pipeline) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent.resource(ResourceType.CUSTOM);
        this.pipeline = pipeline;
    }

    @GET
    public List<Map<String, Object>> list(@QueryParam("user") String user, @QueryParam("severity") String severity,
            @QueryParam("detection") String detection, @QueryParam("status") String status,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("first") String first,
            @QueryParam("max") String max) {
        auth.realm().requireViewEvents();
        FindingFilter filter = new FindingFilter(userId(user), severity(severity), detection(detection),
                status(status), instant(from, "from"), instant(to, "to"));
        return store().search(filter, page(first, 0, "first", Integer.MAX_VALUE), page(max, 100, "max", MAX_PAGE))
                .stream().map(this::view).collect(Collectors.toList());
    }

    @GET
    @Path("{id}")
    public Map<String, Object> get(@PathParam("id") String id) {
        auth.realm().requireViewEvents();
        return view(finding(id));
    }

    @POST
    @Path("{id}/acknowledge")
    public Map<String, Object> acknowledge(@PathParam("id") String id) {
        auth.realm().requireManageEvents();
        FindingEntity finding = findingToChange(id);
        // acknowledging again, or a dismissed finding, would overwrite who decided and when
        if (!FindingStore.OPEN.equals(finding.getStatus())) {
            throw InvalidRequest.conflict("status", "the finding is " + finding.getStatus().toLowerCase(Locale.ROOT)
                    + "; only an open finding is acknowledged");
        }
        store().setStatus(finding, FindingStore.ACKNOWLEDGED, auth.adminAuth().getUser().getId());
        return recorded(finding);
    }

    /**
     * A false positive: the finding is closed and the user's baseline learns what it flagged as normal. That
     * changes how the user's sign-ins are judged, so it needs {@code manage-users} besides {@code manage-events}.
     * The scorer hears of it only once the dismissal committed.
     */
    @POST
    @Path("{id}/dismiss")
    public Map<String, Object> dismiss(@PathParam("id") String id) {
        auth.realm().requireManageEvents();
        auth.users().requireManage();
        FindingEntity finding = findingToChange(id);
        // a second dismissal would teach the scorer the same thing twice
        if (FindingStore.DISMISSED.equals(finding.getStatus())) {
            throw InvalidRequest.conflict("status", "the finding is already dismissed");
        }
        store().setStatus(finding, FindingStore.DISMISSED, auth.adminAuth().getUser().getId());
        AfterCommit.offer(session, pipeline, new EventPipeline.Dismissal(FindingJson.assessment(finding)));
        FindingChanged.afterCommit(session, realm.getId(), finding.getUserId());
        return recorded(finding);
    }

    @Path("settings")
    public FindingSettingsResource settings() {
        return new FindingSettingsResource(session, realm, auth, adminEvent);
    }

    /** The finding with the username of the admin who set its status, for people to read beside the id. */
    private Map<String, Object> view(FindingEntity finding) {
        Map<String, Object> representation = FindingJson.representation(finding);
        representation.put("statusByUsername", AdminNames.username(session, realm, finding.getStatusBy()));
        return representation;
    }

    private Map<String, Object> recorded(FindingEntity finding) {
        Map<String, Object> representation = view(finding);
        adminEvent.operation(OperationType.ACTION).resourcePath(session.getContext().getUri())
                .representation(representation).success();
        return representation;
    }

    private FindingStore store() {
        return new FindingStore(session, realm);
    }

    private FindingEntity finding(String id) {
        return known(id, store().find(id));
    }

    /** Locked: two decisions at once take turns, and the second is refused by the status the first set. */
    private FindingEntity findingToChange(String id) {
        return known(id, store().findToChange(id));
    }

    private static FindingEntity known(String id, FindingEntity finding) {
        if (finding == null) {
            throw InvalidRequest.unknown("id", "no finding '" + id + "' in this realm");
        }
        return finding;
    }

    /** A user named by id or username; an unknown one matches nothing rather than everything. */
    private String userId(String user) {
        if (user == null || user.isBlank()) {
            return null;
        }
        if (user.indexOf('\u0000') >= 0) {
            throw InvalidRequest.badValue("user", "contains a NUL character");
        }
        // Keycloak reads "f:..." as a user-storage id and fails on one without its second colon: no user has one
        boolean parsable = !user.startsWith("f:") || user.indexOf(':', 2) > 0;
        UserModel found = parsable ? session.users().getUserById(realm, user) : null;
        if (found == null) {
            found = session.users().getUserByUsername(realm, user);
        }
        return found == null ? user : found.getId();
    }

    /** A finding's severity; {@code none} is a score's, never a finding's, so it is refused like any other word. */
    private static String severity(String value) {
        if (value == null) {
            return null;
        }
        String name = value.toUpperCase(Locale.ROOT);
        for (Severity severity : Severity.values()) {
            if (severity != Severity.NONE && severity.name().equals(name)) {
                return name;
            }
        }
        throw InvalidRequest.badValue("severity", "'" + value + "' is not low, medium, high or critical");
    }

    private static String detection(String value) {
        return value == null ? null : enumName(value, "detection", Detection.class);
    }

    private static String status(String value) {
        if (value == null) {
            return null;
        }
        String upper = value.toUpperCase(Locale.ROOT);
        if (!List.of(FindingStore.OPEN, FindingStore.ACKNOWLEDGED, FindingStore.DISMISSED).contains(upper)) {
            throw InvalidRequest.badValue("status", "'" + value + "' is not open, acknowledged or dismissed");
        }
        return upper;
    }

    private static <E extends Enum<E>> String enumName(String value, String field, Class<E> type) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_')).name();
        } catch (IllegalArgumentException e) {
            throw InvalidRequest.badValue(field, "'" + value + "' is not one of "
                    + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT));
        }
    }

    private static Long instant(String value, String field) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value).toEpochMilli();
        } catch (DateTimeParseException | ArithmeticException e) {
            // ArithmeticException: an instant Instant.parse reads but epoch milliseconds cannot hold (year 300000000)
            throw InvalidRequest.badValue(field, "'" + value + "' is not an ISO-8601 instant such as 2026-11-22T10:00:00Z");
        }
    }

    /** Paging parameters are read as text: a JAX-RS {@code Integer} that does not parse is a bare 404. */
    static int page(String text, int fallback, String field, int limit) {
        if (text == null || text.isEmpty()) {
            return fallback;
        }
        long value;
        try {
            value = Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw InvalidRequest.badValue(field, "is not a whole number");
        }
        if (value < 0 || value > limit || (field.equals("max") && value == 0)) {
            throw InvalidRequest.badValue(field, "must be between " + (field.equals("max") ? 1 : 0) + " and " + limit);
        }
        return (int) value;
    }

    static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw InvalidRequest.badValue(field, "must be a string");
        }
        return value.asText();
    }
}
