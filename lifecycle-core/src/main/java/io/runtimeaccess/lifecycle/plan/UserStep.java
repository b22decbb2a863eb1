package io.runtimeaccess.lifecycle.plan;

/**
 * One user's state in an offboarding plan. {@link #DONE} and {@link #GONE} are final: a user is processed in one
 * transaction that also writes the state, so a crash leaves the user either untouched and {@link #PENDING}, or
 * offboarded and {@link #DONE}. {@link #FAILED} keeps the error and is tried again on resume.
 */
public enum UserStep {
    PENDING, DONE, GONE, FAILED;

    /** Whether a (resumed) apply still has to process the user. */
    public boolean open() {
        return this == PENDING || this == FAILED;
    }
}
