import type { OutboxTicket } from "../tickets/model";
import type { Finding } from "./model";

export const networkFinding: Finding = {
  id: "f1",
  userId: "u1",
  username: "erin",
  eventId: "e9",
  time: "2026-11-22T10:15:02Z",
  firstTime: "2026-11-22T10:15:02Z",
  eventCount: 2,
  score: 74,
  severity: "HIGH",
  detection: "NEW_NETWORK",
  reasons: [
    { detection: "UNUSUAL_TIME", weight: 10, text: "Signed in at 03:00 UTC; usually 08:00-18:00", evidence: { hourUtc: "3", corroboratingOnly: "true" } },
    { detection: "NEW_NETWORK", weight: 55, text: "First sign-in from Brazil; usually Germany", evidence: { country: "BR", usualCountries: "DE", ip: "203.0.113.7" } },
  ],
  coveredEvents: ["e8", "e9"],
  modelVersion: "1.2.0",
  status: "open",
  statusBy: null,
  statusAt: null,
  response: null,
  userRemovedAt: null,
};

/** A realm-level finding: no user at all. */
export const campaignFinding: Finding = {
  ...networkFinding,
  id: "f2",
  userId: null,
  username: null,
  severity: "CRITICAL",
  detection: "CREDENTIAL_CAMPAIGN",
  reasons: [{ detection: "CREDENTIAL_CAMPAIGN", weight: 70, text: "Credential campaign against the realm", evidence: { unfamiliarFailures: "23" } }],
};

/** The Jira ticket the ticket sink opened for the HIGH finding f1, as the outbox answers it. */
export const findingTicket: OutboxTicket = {
  id: "t1",
  sourceKind: "finding",
  sourceId: "f1",
  summary: "HIGH finding NEW_NETWORK for erin",
  state: "open",
  attempts: 1,
  nextAttemptAt: null,
  lastError: null,
  ticket: { key: "SOC-9", status: "In Progress", url: "https://acme.atlassian.net/browse/SOC-9", resolved: false },
  createdAt: "2026-11-22T10:15:05Z",
  deliveredAt: "2026-11-22T10:15:07Z",
};

/** A ticket Jira refused to open: no key, the answer kept as the last error. */
export const failedTicket: OutboxTicket = {
  ...findingTicket,
  state: "failed",
  lastError: "HTTP 400: {\"errors\":{\"customfield_10100\":\"Field cannot be set\"}}",
  ticket: { key: null, status: "failed", url: null, resolved: false },
  deliveredAt: null,
};
