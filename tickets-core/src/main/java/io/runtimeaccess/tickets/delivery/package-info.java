/**
 * The ticket outbox's timing rules as plain values: when a failed delivery to Jira is tried again ({@link RetryPolicy}:
 * exponential backoff, only after no answer, 408, 429 or 5xx), when a delivered ticket's status is asked again
 * ({@link PollSchedule}: open ones often, resolved ones less often and, by default, for 30 days), and how many
 * undelivered tickets a realm may have waiting ({@link OutboxBound}: a full outbox refuses a new ticket rather than
 * drop an old one). The tickets module's outbox and courier apply them.
 */
package io.runtimeaccess.tickets.delivery;
