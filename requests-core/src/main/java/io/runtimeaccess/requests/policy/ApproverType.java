package io.runtimeaccess.requests.policy;

/** Who approves: named users, the members of a Keycloak group, the holders of a realm role, or the requester's manager. */
public enum ApproverType {
    USERS("users"),
    GROUP("group"),
    REALM_ROLE("realm-role"),
    MANAGER("manager");

    private final String apiName;

    ApproverType(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    public static ApproverType parse(String field, String value) {
        for (ApproverType type : values()) {
            if (type.apiName.equals(value)) {
                return type;
            }
        }
        throw new InvalidInput(field, "must be one of users, group, realm-role, manager");
    }
}
