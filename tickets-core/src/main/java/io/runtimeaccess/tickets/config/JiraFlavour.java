package io.runtimeaccess.tickets.config;

/** The two Jira products the sink speaks to; they differ in REST version, description format and credentials. */
public enum JiraFlavour {
    /**
     * Jira Cloud (and Jira Service Management Cloud): REST v3, ADF description, Basic email:API-token. Its JQL search
     * is {@code search/jql}: Atlassian retired {@code search} on Cloud in 2025.
     */
    CLOUD("cloud", "/rest/api/3", "/search/jql"),
    /** Jira Data Center / Server: REST v2, wiki-markup description, a personal access token as Bearer. */
    DATA_CENTER("data-center", "/rest/api/2", "/search");

    private final String id;
    private final String apiPath;
    private final String searchPath;

    JiraFlavour(String id, String apiPath, String searchPath) {
        this.id = id;
        this.apiPath = apiPath;
        this.searchPath = searchPath;
    }

    public String id() {
        return id;
    }

    /** The REST API's root below the site's base URL. */
    public String apiPath() {
        return apiPath;
    }

    /** The JQL search below {@link #apiPath()}. */
    public String searchPath() {
        return searchPath;
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
