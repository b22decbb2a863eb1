/**
 * Mail throughput of access-request notifications: {@link MailThroughput} drives a running Keycloak with this
 * extension over HTTP, with an in-process GreenMail as the realm's SMTP server, and measures mails per second from the
 * first request created to the last mail received. It creates a realm of its own and removes it afterwards.
 */
package io.runtimeaccess.bench.mail;
