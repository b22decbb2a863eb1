/**
 * Telling people about a request's state change, once the change committed. {@link RequestNotices} publishes a
 * CloudEvent on the realm's webhook for every change and queues, through the notifications module's mail outbox, the
 * mails {@link RequestMails} decides on: who is told of which change, in Keycloak's email theme and each recipient's
 * locale. Working out whom to mail never fails the change: a problem is logged.
 */
package io.runtimeaccess.requests.notice;
