package io.runtimeaccess.sharing.grant;

/**
 * Why a grant exists: an admin shared it, an approved recommendation, approved just-in-time access, an
 * import (the document's own source is not trusted; the importing admin is recorded as the granter), or an
 * approved access request of the requests module (its reason names the request).
 */
public enum GrantSource {
    ADMIN,
    RECOMMENDATION,
    JUST_IN_TIME,
    IMPORT,
    REQUEST
}
