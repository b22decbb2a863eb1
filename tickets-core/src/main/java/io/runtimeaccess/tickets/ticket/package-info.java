/**
 * A ticket independent of the tracker: a {@link Ticket} is opened for one source ({@link SourceKind}: a
 * separation-of-duties violation, an access request, a review campaign's revocation or an anomaly finding) with a
 * summary, a text, facts and the attributes a field mapping may copy. {@link AdfDocument} (Jira Cloud) and WikiMarkup
 * (Jira Data Center) render its description, each escaping or structuring the text itself, so text from a sign-in or a
 * request cannot add links, macros or formatting.
 */
package io.runtimeaccess.tickets.ticket;
