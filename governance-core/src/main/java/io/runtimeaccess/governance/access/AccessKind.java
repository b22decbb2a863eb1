package io.runtimeaccess.governance.access;

/** What kind of access an {@link AccessItem} is. */
public enum AccessKind {
    /** A runtime role on a solution (a grant, held directly or through an end-user group). */
    GRANT("grant"),
    /** Membership of an end-user group. */
    END_USER_GROUP("eug"),
    /** A Keycloak realm role. */
    REALM_ROLE("realm-role"),
    /** A Keycloak client role. */
    CLIENT_ROLE("client-role"),
    /** Membership of a Keycloak group. */
    GROUP("group");

    private final String prefix;

    AccessKind(String prefix) {
        this.prefix = prefix;
    }

    /** The first segment of every key of this kind, e.g. {@code grant}. */
    public String prefix() {
        return prefix;
    }

    /** A Keycloak role or group, as opposed to the extension's own grants and end-user groups. */
    public boolean isKeycloak() {
        return this == REALM_ROLE || this == CLIENT_ROLE || this == GROUP;
    }

    public static AccessKind ofPrefix(String prefix) {
        for (AccessKind kind : values()) {
            if (kind.prefix.equals(prefix)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown access kind: " + prefix);
    }
}
