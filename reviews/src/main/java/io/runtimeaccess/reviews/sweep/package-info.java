/**
 * The campaigns' clock: {@link ReviewSweep} runs on one node of a cluster at a time (Keycloak's cluster-aware
 * runner) and, for each campaign with something due, sends its reminders, closes it at its deadline or starts the next
 * round of a recurring one. Each campaign is handled in its own transaction, so one failure leaves the others alone and
 * is tried again at the next run. The interval is the JPA entity provider's {@code sweep-interval} option.
 */
package io.runtimeaccess.reviews.sweep;
