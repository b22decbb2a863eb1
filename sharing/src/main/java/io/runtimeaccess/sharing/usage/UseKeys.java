package io.runtimeaccess.sharing.usage;

/**
 * Use keys: {@code {USER|GROUP}:{principalId}:{solutionId}:{role}}. A user id may hold ':' (user-storage ids,
 * {@code f:<component>:<id>}), so a key is taken apart from both ends: type first, then role and solution
 * from the end (solution ids are UUIDs).
 */
final class UseKeys {

    private UseKeys() {
    }

    static String key(String principalType, String principalId, String solutionId, String role) {
        return principalType + ":" + principalId + ":" + solutionId + ":" + role;
    }

    /** {type, principalId, solutionId, role}; role names in the catalog hold no ':'. */
    static String[] parts(String key) {
        int first = key.indexOf(':');
        int last = key.lastIndexOf(':');
        int solution = key.lastIndexOf(':', last - 1);
        return new String[] {key.substring(0, first), key.substring(first + 1, solution),
                key.substring(solution + 1, last), key.substring(last + 1)};
    }
}
