/**
 * The explainable anomaly scorer: {@link AnomalyScorer} turns sign-in and admin events into assessments, scoring
 * each event before it learns from it, so an event never makes itself look normal. Its memory is capped by
 * {@link ScorerSettings} and, across realms, by a shared {@link StateBudget}. Here too is what ties the detection
 * packages together: the learned state of each realm, the snapshot format and dismissals (a false positive made
 * normal). Plain Java: nothing from Keycloak and no library beyond the JDK; the Keycloak side is the event-listener
 * module.
 */
package io.runtimeaccess.anomaly;
