package io.runtimeaccess.anomaly.finding;

/**
 * What the assessed event was, and so who the assessment's user is. It decides what may be done to that
 * user automatically: only someone who authenticated can be held to account for an event.
 */
public enum Activity {

    /** A successful interactive sign-in: the user is whoever signed in, the owner or someone holding the password. */
    SIGN_IN,

    /** A token issued or refreshed for a session: the user is the session's holder. */
    TOKEN,

    /** An admin change: the user is the admin who made it, with their own token. */
    ADMIN_ACTION,

    /**
     * A failed sign-in: the user is the account that was <em>tried</em>. Anyone who knows a username can
     * cause one, so it says nothing about the account's owner.
     */
    FAILED_SIGN_IN,

    /** Anything else, or not known (an assessment read back from a stored finding). */
    OTHER;

    /** True when the user on the assessment is the one who acted, authenticated. */
    public boolean authenticated() {
        return this == SIGN_IN || this == TOKEN || this == ADMIN_ACTION;
    }
}
