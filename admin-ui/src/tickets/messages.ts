/** The strings of a source's Jira ticket (findings, access requests). Part of {@link messages}; keys are unique. */
export const ticketMessages = {
  jiraTicket: "Jira ticket",
  ticketKey: "Issue",
  ticketStatus: "Ticket status",
  ticketLastError: "Last error",
  ticketAttempts: "Delivery attempts",
  nextAttemptAt: "Next attempt",
  ticketPending: "Waiting to be sent",
  ticketFailed: "Could not be opened",
  ticketGone: "Deleted in Jira",
  ticketResolvedLabel: "Resolved",
  ticketNotYetOpened: "Not opened in Jira yet",
  ticketOpensNewTab: "{key} in Jira (opens a new tab)",
  noTicket: "—",
  fulfilmentTicket: "Fulfilment ticket",
} as const;
