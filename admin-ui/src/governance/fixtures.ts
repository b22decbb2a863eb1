import type { GovernanceSettings, Proposal, Risk, SodRule } from "./model";

export const settings: GovernanceSettings = {
  mode: "approve",
  autoApply: ["unused-access"],
  dormantDays: 90,
  unusedDays: 180,
  peerAttributes: ["department", "title"],
  privilegedItems: ["grant:s1:admin"],
  rejectionSuppressionDays: 30,
  minConfidence: 0.5,
};

export const approverItem = { kind: "grant", key: "grant:s1:approver", label: "Payments / approver", solutionId: "s1", privileged: false };

export const peerProposal: Proposal = {
  id: "p1",
  status: "proposed",
  category: "peer-recommendation",
  change: "add",
  userId: "u1",
  username: "erin",
  item: approverItem,
  confidence: 0.894,
  justification: "held by 17 of the 19 users in department Finance with the same three solutions (89 %)",
  evidence: { peers: 19, holders: 17, department: "Finance" },
  modelVersion: "peer-knn-1",
  inputs: ["department", "grants"],
  source: "recommender peer-knn-1",
  createdAt: "2026-12-04T10:00:00Z",
  decidedAt: null,
  decidedBy: null,
  reason: null,
  appliedAt: null,
  error: null,
};

export const dormantProposal: Proposal = {
  ...peerProposal,
  id: "p2",
  category: "dormant-account",
  change: "disable-user",
  userId: "u2",
  username: "frank",
  item: null,
  confidence: 0.97,
  justification: "no sign-in for 143 days",
  evidence: { daysSinceSignIn: 143 },
};

export const rejectedProposal: Proposal = { ...peerProposal, id: "p3", status: "rejected", username: "gina", userId: "u3", reason: "not needed", decidedBy: "a1b2c3d4-0000-4000-8000-000000000001", decidedByUsername: "admin", decidedAt: "2026-12-04T11:00:00Z" };

export const sodRule: SodRule = {
  id: "r1",
  name: "Pay and approve",
  description: "Nobody creates and approves payments",
  scope: "global",
  solutionId: null,
  itemKeys: ["grant:s1:approver", "grant:s1:creator"],
  mode: "prevent",
  enabled: true,
};

export const risk: Risk = {
  userId: "u1",
  username: "erin",
  score: 72,
  level: "high",
  reasons: [
    { code: "admin-role", points: 40, text: "holds the realm-admin role" },
    { code: "no-second-factor", points: 32, text: "no second factor configured" },
  ],
  computedAt: "2026-12-04T10:00:00Z",
  modelVersion: "risk-1",
};
