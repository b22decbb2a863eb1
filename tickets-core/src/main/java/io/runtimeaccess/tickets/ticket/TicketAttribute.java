package io.runtimeaccess.tickets.ticket;

/** The values of a ticket a field mapping may copy into a tracker field. */
public enum TicketAttribute {
    SOURCE_KIND("sourceKind"),
    SOURCE_ID("sourceId"),
    REALM("realm"),
    USERNAME("username"),
    SEVERITY("severity");

    private final String id;

    TicketAttribute(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The attribute of a configuration name, or null if there is none. */
    public static TicketAttribute of(String id) {
        for (TicketAttribute attribute : values()) {
            if (attribute.id.equals(id)) {
                return attribute;
            }
        }
        return null;
    }
}
