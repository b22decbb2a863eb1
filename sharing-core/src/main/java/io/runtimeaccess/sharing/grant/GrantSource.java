package io.runtimeaccess.sharing.grant;

/**
 * Why a grant exists: an admin shared it, an approved recommendation, approved just-in-time access, or an
 * import (the document's own source is not trusted; the importing admin is recorded as the granter).
 */
public enum GrantSource {
    ADMIN,
    RECOMMENDATION,
    JUST_IN_TIME,
    IMPORT
}
