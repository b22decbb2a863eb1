package io.runtimeaccess.evaluation.dataset;

/** Events the RBA layout has no row for. */
public enum SideEventKind {
    CODE_TO_TOKEN,
    REFRESH_TOKEN,
    ADMIN
}
