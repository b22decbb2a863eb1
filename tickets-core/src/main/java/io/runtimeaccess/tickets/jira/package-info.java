/**
 * Jira's REST API as data: {@link JiraRequests} shapes each call (create an issue, read its status, {@code myself} for
 * the connection test) as a {@link JiraCall} for a {@link JiraSite}, in Cloud's REST v3 with an ADF description or Data
 * Center's REST v2 with wiki markup, and JiraAnswers reads the answers as untrusted input. Nothing here opens a
 * connection: the tickets module sends the calls with the JDK's HTTP client, and tests compare them field by field.
 */
package io.runtimeaccess.tickets.jira;
