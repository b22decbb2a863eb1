import { categories } from "../governance/model";
import { t, type MessageKey } from "../messages";

/** Wire shapes of the access-review API (docs/api.md, "Access reviews"; docs/access-reviews.md). */
export type ScopeType = "solution-grants" | "group-members" | "privileged-roles" | "inactive-users" | "category-proposals";
export type ReviewerType = "group" | "manager" | "owner";
export type DefaultDecision = "keep" | "revoke" | "recommendation";
export type ItemDecision = "approve" | "revoke" | "delegate";

export const scopeTypes: ScopeType[] = ["solution-grants", "group-members", "privileged-roles", "inactive-users", "category-proposals"];
export const defaultDecisions: DefaultDecision[] = ["keep", "revoke", "recommendation"];
/** The proposal categories a campaign may review: a peer recommendation only adds access, so it is not one. */
export const reviewCategories = categories.filter((c) => c !== "peer-recommendation");

export interface Campaign {
  id: string;
  name: string;
  scope: { type: ScopeType; id: string | null; days: number | null };
  reviewers: { type: ReviewerType; group?: string; attribute?: string; fallback: string[] };
  duration: string;
  reminderBefore: string | null;
  defaultDecision: DefaultDecision;
  autoApply: boolean;
  recurrence: string | null;
  state: "open" | "closed";
  items: number;
  createdBy: string | null;
  startedAt: string;
  deadline: string;
  closedAt: string | null;
  closedBy: string | null;
}

export interface ReviewItem {
  id: string;
  userId: string;
  username: string;
  type: string;
  access: string;
  label: string | null;
  source: string | null;
  lastUsed: string | null;
  suggestion: { action: string; justification: string } | null;
  reviewers: string[];
  decision: ItemDecision | null;
  decidedBy: string | null;
  decidedAt: string | null;
  justification: string | null;
  /** What the close did: `kept`, `revoked`, `not-applied: …`, `failed: …`; null while open. */
  applied: string | null;
  appliedAt: string | null;
}

/** An item as the reviewers' own API shows it: with its campaign and deadline, without the co-reviewers. */
export interface WaitingReviewItem extends Omit<ReviewItem, "reviewers" | "applied" | "appliedAt"> {
  campaignId: string;
  campaignName: string;
  deadline: string;
}

/** One decision as both the admin API and the reviewers' API take it (`{"decisions":[...]}`). */
export interface DecisionBody {
  itemId: string;
  decision: ItemDecision;
  justification: string;
  delegateTo?: string;
}

export const campaignsPath = "/runtime-access/reviews/campaigns";
/** The reviewers' own API, relative to the user API (`/realms/{realm}/runtime-access`). */
export const reviewerPath = "/reviews";

export function campaignPath(id: string, sub = ""): string {
  return `${campaignsPath}/${encodeURIComponent(id)}${sub ? `/${sub}` : ""}`;
}

const scopeKeys: Record<ScopeType, MessageKey> = {
  "solution-grants": "scopeSolutionGrants",
  "group-members": "scopeGroupMembers",
  "privileged-roles": "scopePrivilegedRoles",
  "inactive-users": "scopeInactiveUsers",
  "category-proposals": "scopeCategoryProposals",
};

const defaultKeys: Record<DefaultDecision, MessageKey> = {
  keep: "defaultKeep",
  revoke: "defaultRevoke",
  recommendation: "defaultRecommendation",
};

const decisionKeys: Record<ItemDecision, MessageKey> = {
  approve: "reviewApproved",
  revoke: "reviewRevoked",
  delegate: "reviewDelegated",
};

export function scopeText(type: ScopeType): string {
  return type in scopeKeys ? t(scopeKeys[type]) : type;
}

export function defaultDecisionText(decision: DefaultDecision): string {
  return decision in defaultKeys ? t(defaultKeys[decision]) : decision;
}

export function decisionText(decision: ItemDecision): string {
  return decision in decisionKeys ? t(decisionKeys[decision]) : decision;
}
