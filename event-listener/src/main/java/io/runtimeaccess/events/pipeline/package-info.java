/**
 * The bounded queue between Keycloak's request threads and the anomaly scorer. {@link EventPipeline} drops and counts
 * what a full queue cannot take, so a login never waits; its one worker thread owns every realm's scorer, hands
 * findings on in batches to a {@link FindingWriter}, retries those the database refused, and takes decisions
 * (dismissals, removals, audit-tampering findings) from a queue of their own. {@link PipelineMetrics} are its meters.
 * Apart from {@code AfterCommit}, nothing here uses Keycloak types.
 */
package io.runtimeaccess.events.pipeline;
