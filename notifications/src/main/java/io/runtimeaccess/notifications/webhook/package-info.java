/**
 * Governance-workflow state changes, such as an access request created or approved, as CloudEvents on the realm's
 * findings webhook. {@link WorkflowWebhook} publishes a {@link WorkflowEvent} once the transaction committed, through
 * the event listener's webhook outbox, so it shares that outbox's signature, retries and address checks instead of
 * having an HTTP client of its own. A realm without a webhook gets nothing.
 */
package io.runtimeaccess.notifications.webhook;
