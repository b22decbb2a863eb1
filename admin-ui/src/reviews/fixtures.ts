import type { Campaign, ReviewItem, WaitingReviewItem } from "./model";

export const campaign: Campaign = {
  id: "c1",
  name: "Q4 payments",
  scope: { type: "solution-grants", id: "s1", days: null },
  reviewers: { type: "manager", attribute: "manager", fallback: ["auditor"] },
  duration: "P14D",
  reminderBefore: "P3D",
  defaultDecision: "recommendation",
  autoApply: true,
  recurrence: null,
  state: "open",
  items: 2,
  createdBy: "admin",
  startedAt: "2026-12-01T10:00:00Z",
  deadline: "2026-12-15T10:00:00Z",
  closedAt: null,
  closedBy: null,
};

export const reviewItems: ReviewItem[] = [
  { id: "it1", userId: "u1", username: "erin", type: "grant", access: "grant:s1:payer", label: "Payments: payer", source: "admin",
    lastUsed: null, suggestion: { action: "revoke", justification: "never used since granted 120 days ago: revoke" }, reviewers: ["mia"],
    decision: null, decidedBy: null, decidedAt: null, justification: null, applied: null, appliedAt: null },
  { id: "it2", userId: "u2", username: "frank", type: "grant", access: "grant:s1:viewer", label: "Payments: viewer", source: "admin",
    lastUsed: "2026-12-03T10:00:00Z", suggestion: { action: "keep", justification: "used 1 day ago: keep" }, reviewers: ["mia"],
    decision: "approve", decidedBy: "mia", decidedAt: "2026-12-03T12:00:00Z", justification: "still on the team", applied: null, appliedAt: null },
];

/** Items waiting for the signed-in reviewer, as the reviewers' own API lists them. */
export const waitingItems: WaitingReviewItem[] = reviewItems.map(({ reviewers: _reviewers, applied: _applied, appliedAt: _appliedAt, ...item }) => ({
  ...item,
  campaignId: "c1",
  campaignName: "Q4 payments",
  deadline: "2026-12-15T10:00:00Z",
}));
