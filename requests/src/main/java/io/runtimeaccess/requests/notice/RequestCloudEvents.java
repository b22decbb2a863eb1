package io.runtimeaccess.requests.notice;

import io.runtimeaccess.notifications.webhook.WorkflowEvent;
import java.util.Map;

/** A request's state change as a CloudEvent on the realm's webhook, with the request's view as its data. */
public final class RequestCloudEvents {

    public static final String PREFIX = "io.runtimeaccess.request.";

    private RequestCloudEvents() {
    }

    /** The CloudEvent type of an audit event name: the approval that completes a request is "approved". */
    static String type(String event) {
        return PREFIX + switch (event) {
            case "requested" -> "created";
            case "approved" -> "approval-added";
            case "activated" -> "approved";
            default -> event;
        };
    }

    public static WorkflowEvent of(String realmName, String event, Map<String, Object> request) {
        return new WorkflowEvent(type(event), "/realms/" + realmName + "/runtime-access/requests",
                (String) request.get("id"), request);
    }
}
