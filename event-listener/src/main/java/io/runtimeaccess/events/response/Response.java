package io.runtimeaccess.events.response;

/** What the server does on its own when a finding of a severity is raised. */
public enum Response {
    NONE("none"),
    REVOKE_SESSIONS("revoke-sessions"),
    DISABLE_USER("disable-user");

    private final String wireName;

    Response(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** {@code null} for an unknown name; callers report the field. */
    public static Response fromWireName(String name) {
        for (Response response : values()) {
            if (response.wireName.equals(name)) {
                return response;
            }
        }
        return null;
    }
}
