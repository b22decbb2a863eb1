package io.runtimeaccess.sharing.policy;

import java.util.Locale;

/** What a runtime user may do: the permissions of swimlanes and UI flows, plus "use" (any role on the solution). */
public enum Action {
    VIEW("view", true),
    EXECUTE("execute", true),
    SELF_ASSIGN("self-assign", true),
    INTERACT("interact", false),
    USE("use", false);

    private final String wireName;
    private final boolean swimlanePermission;

    Action(String wireName, boolean swimlanePermission) {
        this.wireName = wireName;
        this.swimlanePermission = swimlanePermission;
    }

    public String wireName() {
        return wireName;
    }

    /** On a swimlane the designer bypass covers exactly these permissions (and on a solution, its use). */
    public boolean isSwimlanePermission() {
        return swimlanePermission;
    }

    /** Parses the API spelling; {@code null} for an unknown action. */
    public static Action fromWireName(String name) {
        if (name == null) {
            return null;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (Action action : values()) {
            if (action.wireName.equals(lower)) {
                return action;
            }
        }
        return null;
    }
}
