package io.runtimeaccess.governance.proposal;

/** What a proposal would change. */
public enum ChangeType {
    /** Give the user the item. */
    ADD,
    /** Take the item away from the user (a direct grant, a membership, a role). */
    REMOVE,
    /** A person must look: nothing is changed when approved except that the proposal is closed. */
    REVIEW,
    /** Disable the user's account (a dormant account). */
    DISABLE_USER
}
