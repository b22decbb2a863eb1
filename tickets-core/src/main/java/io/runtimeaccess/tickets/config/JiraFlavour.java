package io.runtimeaccess.tickets.config;

/** The two Jira products the sink speaks to; they differ in REST version, description format and credentials. */
public enum JiraFlavour {
    /** Jira Cloud (and Jira Service Management Cloud): REST v3, ADF description, Basic email:API-token. */
    CLOUD("cloud", "/rest/api/3"),
    /** Jira Data Center / Server: REST v2, wiki-markup description, a personal access token as Bearer. */
    DATA_CENTER("data-center", "/rest/api/2");

    private final String id;
    private final String apiPath;

    JiraFlavour(String id, String apiPath) {
        this.id = id;
        this.apiPath = apiPath;
    }

    public String id() {
        return id;
    }

    /** The REST API's root below the site's base URL. */
    public String apiPath() {
        return apiPath;
    }

    /** The flavour of a configuration name, or null if there is none. */
    public static JiraFlavour of(String id) {
        for (JiraFlavour flavour : values()) {
            if (flavour.id.equals(id)) {
                return flavour;
            }
        }
        return null;
    }
}
