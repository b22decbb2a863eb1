import type { AccessRequest, Item, RequestableItem } from "./model";

export const roleItem: Item = {
  id: "i1",
  kind: "runtime-role",
  solutionId: "s1",
  role: "operator",
  description: "Night operator of Payments",
  maxDuration: "PT8H",
  approvers: { type: "users", values: ["u-amy"] },
  approvalsNeeded: 1,
  justificationRequired: true,
  ticketRequired: false,
  autoApproval: null,
  createdAt: "2026-12-01T10:00:00Z",
};

export const groupItem: Item = {
  id: "i2",
  kind: "end-user-group",
  groupId: "g1",
  description: null,
  maxDuration: "P2D",
  approvers: { type: "manager", values: ["manager"] },
  approvalsNeeded: 2,
  justificationRequired: false,
  ticketRequired: true,
  autoApproval: { minConfidence: 0.8, maxRisk: 30 },
};

export const requestable: RequestableItem[] = [
  { id: "i1", kind: "runtime-role", solutionId: "s1", role: "operator", description: "Night operator of Payments", maxDuration: "PT8H",
    approvalsNeeded: 1, justificationRequired: true, ticketRequired: true, held: false, openRequestId: null },
  { id: "i2", kind: "end-user-group", groupId: "g1", description: "Night shift", maxDuration: "P2D",
    approvalsNeeded: 2, justificationRequired: false, ticketRequired: false, held: true, openRequestId: null },
];

export const pendingRequest: AccessRequest = {
  id: "r1",
  itemId: "i1",
  kind: "runtime-role",
  solutionId: "s1",
  role: "operator",
  requesterId: "u-ray",
  requester: "ray",
  status: "pending",
  duration: "PT4H",
  justification: "night run",
  ticket: "OPS-7",
  createdAt: "2026-12-04T10:00:00Z",
  decidedAt: null,
  expiresAt: null,
  endedAt: null,
  decisions: [],
};

export const activeRequest: AccessRequest = {
  ...pendingRequest,
  id: "r2",
  itemId: "i2",
  kind: "end-user-group",
  solutionId: undefined,
  role: undefined,
  groupId: "g1",
  status: "active",
  duration: "P1D",
  ticket: null,
  fulfilmentTicket: { key: "OPS-12", status: "In Progress", url: "https://jira.acme.test/browse/OPS-12", resolved: false },
  decidedAt: "2026-12-04T11:00:00Z",
  expiresAt: "2026-12-05T11:00:00Z",
  decisions: [{ approverId: "u-amy", approver: "amy", outcome: "approved", comment: "ok for tonight", decidedAt: "2026-12-04T11:00:00Z" }],
};
