/**
 * The realm's webhook: findings posted as CloudEvents 1.0 ({@link CloudEvents}), signed with an HMAC-SHA256 of the body
 * when the realm has a secret, from a bounded outbox per realm with one delivery in flight and retries with backoff
 * ({@link WebhookSink}). {@link WebhookAddresses} refuses internal addresses by default, both when a URL is saved and
 * before each delivery. The notifications module sends its workflow CloudEvents through the same outbox.
 */
package io.runtimeaccess.events.sink;
