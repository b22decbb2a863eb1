package io.runtimeaccess.evaluation.replay;

/** The kinds of events the metrics compare like with like. */
public enum EventKind {
    SIGN_IN,
    FAILED_SIGN_IN,
    TOKEN,
    ADMIN
}
