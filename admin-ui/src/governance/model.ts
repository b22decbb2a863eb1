import { messages, t, type MessageKey } from "../messages";

/** Wire shapes of the access-intelligence admin API (docs/api.md, "Access intelligence"). */
export const governancePath = "/runtime-access/governance";

export interface AccessItem {
  kind: string;
  key: string;
  label: string;
  solutionId: string | null;
  privileged: boolean;
}

export const categories = [
  "peer-recommendation",
  "outlier-access",
  "dormant-account",
  "unused-access",
  "disabled-user-access",
  "sod-violation",
  "reconciliation",
] as const;
export type Category = (typeof categories)[number];

export const proposalStatuses = ["proposed", "approved", "rejected", "applied", "failed", "expired"] as const;
export type ProposalStatus = (typeof proposalStatuses)[number];

export const modes = ["off", "report", "approve", "auto-low-risk"] as const;
export type Mode = (typeof modes)[number];

export interface Proposal {
  id: string;
  status: ProposalStatus;
  category: Category;
  change: "add" | "remove" | "review" | "disable-user";
  userId: string;
  username: string;
  item: AccessItem | null;
  confidence: number;
  justification: string;
  evidence: Record<string, unknown>;
  modelVersion: string;
  inputs: string[];
  source: string;
  createdAt: string;
  decidedAt: string | null;
  decidedBy: string | null;
  /** The deciding admin's username (this realm or master); null for an automatic decision or a user that is gone. */
  decidedByUsername?: string | null;
  reason: string | null;
  appliedAt: string | null;
  error: string | null;
}

export interface GovernanceSettings {
  mode: Mode;
  autoApply: Category[];
  dormantDays: number;
  unusedDays: number;
  peerAttributes: string[];
  privilegedItems: string[];
  rejectionSuppressionDays: number;
  minConfidence: number;
}

export interface Run {
  id: string;
  status: "finished" | "failed";
  users: number;
  seconds: number;
  created: number;
  duplicates: number;
  suppressed: number;
  autoApplied: number;
  error?: string | null;
}

export interface SodRule {
  id: string;
  name: string;
  description?: string | null;
  scope: "global" | "solution";
  solutionId?: string | null;
  itemKeys: string[];
  mode: "prevent" | "warn";
  enabled: boolean;
  /** Read only: keys that name nothing in the realm now (a Keycloak role renamed or deleted since). */
  unresolvedKeys?: string[];
}

export interface SodViolation {
  ruleId: string;
  ruleName: string;
  userId: string;
  username: string;
  itemKeys: string[];
}

export interface Risk {
  userId: string;
  username: string;
  score: number;
  level: "low" | "medium" | "high";
  reasons: { code: string; points: number; text: string }[];
  computedAt: string | null;
  modelVersion: string;
}

/** An enum value in words; one a newer server adds shows as it is spelled. */
function words(prefix: string, value: string): string {
  const key = prefix + value.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase());
  return key in messages ? t(key as MessageKey) : value;
}


export const categoryText = (category: string) => words("category", category);
export const proposalStatusText = (status: string) => words("proposalStatus", status);
export const changeText = (change: string) => words("change", change);
export const modeText = (mode: string) => words("mode", mode);

/** Confidence 0..1 as a whole percentage. */
export function percent(confidence: number): string {
  return `${Math.round(confidence * 100)} %`;
}

/** What a proposal changes, for people: the item's label, or the account itself. */
export function itemText(proposal: Pick<Proposal, "item" | "username">): string {
  return proposal.item ? proposal.item.label || proposal.item.key : t("theAccount", { user: proposal.username });
}

/** A proposal named for people: whose access and which, or the account itself. */
export function proposalText(proposal: Pick<Proposal, "item" | "username">): string {
  return proposal.item ? `${proposal.username}, ${itemText(proposal)}` : itemText(proposal);
}

export function proposalPath(id: string, action?: string): string {
  return `${governancePath}/proposals/${encodeURIComponent(id)}${action ? `/${action}` : ""}`;
}
