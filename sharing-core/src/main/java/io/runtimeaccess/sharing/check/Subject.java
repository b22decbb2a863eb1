package io.runtimeaccess.sharing.check;

/**
 * The user a check is about, with what its token (or user record) says: the designer flag and its
 * business-filter values. Built once per request by the caller; the evaluator only reads it.
 */
public record Subject(String userId, boolean designer, String[] businessFilters) {

    private static final String[] NONE = new String[0];

    public Subject {
        businessFilters = businessFilters == null ? NONE : businessFilters;
    }

    public static Subject user(String userId) {
        return new Subject(userId, false, NONE);
    }
}
