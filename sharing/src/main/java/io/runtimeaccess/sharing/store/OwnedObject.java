package io.runtimeaccess.sharing.store;

import java.util.Locale;

/** A solution or an end-user group, as something users own. */
public record OwnedObject(Kind kind, String id) {

    /** The kinds of object that have owners; stored by name in {@code RA_OWNER.OWNED_TYPE}. */
    public enum Kind {
        SOLUTION,
        GROUP;

        /** {@code solutionId} or {@code groupId}: the field an admin event names the object by. */
        public String idField() {
            return name().toLowerCase(Locale.ROOT) + "Id";
        }
    }

    public static OwnedObject solution(String id) {
        return new OwnedObject(Kind.SOLUTION, id);
    }

    public static OwnedObject group(String id) {
        return new OwnedObject(Kind.GROUP, id);
    }
}
