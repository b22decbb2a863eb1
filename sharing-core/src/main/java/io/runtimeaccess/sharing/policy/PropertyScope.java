package io.runtimeaccess.sharing.policy;

/** Whose property a condition reads: the subject's, the resource's or the action's (AuthZEN's three entities). */
public enum PropertyScope {
    SUBJECT("subject"),
    RESOURCE("resource"),
    ACTION("action");

    private final String wireName;

    PropertyScope(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
