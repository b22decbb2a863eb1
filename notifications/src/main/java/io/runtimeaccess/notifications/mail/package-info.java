/**
 * Templated email to users of a realm, for the governance workflows (access requests, review reminders). Callers get
 * the {@link Mailer} provider of the {@code runtime-access-mailer} SPI ({@link MailerSpi}); it queues a
 * {@code MailMessage} in the node's bounded {@link MailOutbox} only once the transaction committed, and sender
 * threads send it through Keycloak's own email sender, with the realm's SMTP settings and each recipient's locale.
 * A full outbox drops and counts a mail rather than slow the caller.
 */
package io.runtimeaccess.notifications.mail;
