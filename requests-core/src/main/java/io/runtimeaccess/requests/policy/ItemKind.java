package io.runtimeaccess.requests.policy;

/**
 * What a requestable item gives: a runtime role on a solution, an end-user group membership, a realm role or a
 * client role. {@link #accessKey} names it the way the separation-of-duties rules do.
 */
public enum ItemKind {
    RUNTIME_ROLE("runtime-role"),
    END_USER_GROUP("end-user-group"),
    REALM_ROLE("realm-role"),
    CLIENT_ROLE("client-role");

    private final String apiName;

    ItemKind(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    public static ItemKind parse(String field, String value) {
        for (ItemKind kind : values()) {
            if (kind.apiName.equals(value)) {
                return kind;
            }
        }
        throw new InvalidInput(field, "must be one of runtime-role, end-user-group, realm-role, client-role");
    }

    /**
     * The access key of the item: {@code grant:{solutionId}:{role}}, {@code eug:{groupId}}, {@code realm-role:{name}}
     * or {@code client-role:{clientId}:{name}}; {@code scope} is the solution id or client id, null otherwise.
     */
    public String accessKey(String scope, String name) {
        return switch (this) {
            case RUNTIME_ROLE -> "grant:" + scope + ":" + name;
            case END_USER_GROUP -> "eug:" + name;
            case REALM_ROLE -> "realm-role:" + name;
            case CLIENT_ROLE -> "client-role:" + scope + ":" + name;
        };
    }

    /** Whether the item names a scope (the solution or the client) besides its name. */
    public boolean scoped() {
        return this == RUNTIME_ROLE || this == CLIENT_ROLE;
    }
}
