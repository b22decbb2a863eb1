package io.runtimeaccess.events.pipeline;

import io.runtimeaccess.anomaly.finding.Assessment;
import java.util.List;

/** Stores a batch of findings; what it could not store is handed back, to be retried by the pipeline. */
@FunctionalInterface
public interface FindingWriter {

    /** Returns the assessments of the batch that were not stored (the same objects), or an empty list. */
    List<Assessment> write(List<Assessment> batch);
}
