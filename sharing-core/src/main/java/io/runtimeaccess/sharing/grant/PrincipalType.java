package io.runtimeaccess.sharing.grant;

/** Who a solution is shared with: one user, or an end-user group. */
public enum PrincipalType {
    USER,
    GROUP
}
