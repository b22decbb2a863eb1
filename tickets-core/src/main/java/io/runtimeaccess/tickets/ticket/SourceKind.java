package io.runtimeaccess.tickets.ticket;

/** What a ticket is about; with the source's id it names the one thing a ticket was opened for. */
public enum SourceKind {
    /** A separation-of-duties rule warned about or overridden: someone now holds both sides. */
    SOD_VIOLATION("sod-violation"),
    /** An approved access request whose item needs a person to act. */
    ACCESS_REQUEST("access-request"),
    /** Access an access review's closed campaign decided to revoke. */
    CAMPAIGN_REVOCATION("campaign-revocation"),
    /** A HIGH anomaly finding. */
    FINDING("finding");

    private final String id;

    SourceKind(String id) {
        this.id = id;
    }

    /** The name used in the API and the database. */
    public String id() {
        return id;
    }

    /** The kind of an API name, or null if there is none. */
    public static SourceKind of(String id) {
        for (SourceKind kind : values()) {
            if (kind.id.equals(id)) {
                return kind;
            }
        }
        return null;
    }
}
