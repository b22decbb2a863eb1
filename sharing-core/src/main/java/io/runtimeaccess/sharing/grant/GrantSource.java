package io.runtimeaccess.sharing.grant;

/** Why a grant exists: an admin shared it, an approved recommendation, or approved just-in-time access. */
public enum GrantSource {
    ADMIN,
    RECOMMENDATION,
    JUST_IN_TIME
}
