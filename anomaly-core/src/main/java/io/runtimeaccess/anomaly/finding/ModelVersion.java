package io.runtimeaccess.anomaly.finding;

/**
 * The version of the anomaly model every {@link Assessment} names, here beside the assessment so that any
 * detection (the scorer's and the audit watch's) can stamp it without importing the scorer.
 */
public final class ModelVersion {

    /** See anomaly-core's README for what each version changed. */
    public static final String CURRENT = "1.2.1";

    private ModelVersion() {
    }
}
