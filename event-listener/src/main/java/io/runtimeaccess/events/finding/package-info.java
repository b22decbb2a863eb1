/**
 * Findings as Keycloak stores them: the {@code RA_FINDING} and {@code RA_SCORER_STATE} entities (registered with the
 * settings table by {@link AnomalyEntityProviderFactory}), one realm's findings read and written by
 * {@link FindingStore}, and {@link FindingRecorder}, the worker's writer, which folds the assessments of one incident
 * into one open finding, applies the realm's automatic response to a new or escalated one and queues the webhook
 * delivery once the transaction committed. A realm's {@code FindingSettings}, validated as read, lives here too.
 */
package io.runtimeaccess.events.finding;
