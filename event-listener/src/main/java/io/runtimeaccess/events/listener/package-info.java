/**
 * The {@code runtime-access-events} event listener, where anomaly scoring starts. Its factory builds the node's
 * pipeline, webhook outbox and audit watch from server-wide options ({@link EventListenerConfig}) and cleans up after
 * removed realms and users; {@link RuntimeAccessEventListener} copies the events the scorer reads (sign-ins, tokens,
 * logouts, password changes, admin changes) into the queue on the request thread, with the User-Agent and device
 * digest still at hand. It never throws and never waits, so it cannot fail or slow a login. Start at
 * {@link RuntimeAccessEventListenerFactory}.
 */
package io.runtimeaccess.events.listener;
