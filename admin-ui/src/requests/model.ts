import { t, type MessageKey } from "../messages";
import type { TicketRef } from "../tickets/model";

/** Wire shapes of the access-request APIs (docs/api.md, "Access requests"). */
export type ItemKind = "runtime-role" | "end-user-group" | "realm-role" | "client-role";
export type ApproverType = "users" | "group" | "realm-role" | "manager";
export type RequestStatus = "pending" | "active" | "rejected" | "cancelled" | "expired";

export const itemKinds: ItemKind[] = ["runtime-role", "end-user-group", "realm-role", "client-role"];
export const approverTypes: ApproverType[] = ["users", "group", "realm-role", "manager"];
export const requestStatuses: RequestStatus[] = ["pending", "active", "rejected", "cancelled", "expired"];

/** The access an item or a request gives: only the target fields of its kind are set. */
export interface Target {
  kind: ItemKind;
  solutionId?: string;
  groupId?: string;
  clientId?: string;
  role?: string;
}

export interface Item extends Target {
  id: string;
  description?: string | null;
  maxDuration: string;
  approvers: { type: ApproverType; values: string[] };
  approvalsNeeded: 1 | 2;
  justificationRequired: boolean;
  ticketRequired: boolean;
  /** A person acts once a request is approved: the approval opens a fulfilment ticket. */
  manualStep?: boolean;
  autoApproval: { minConfidence: number; maxRisk: number } | null;
  createdAt?: string;
}

/** An item as a requester sees it: no approvers, with whether they hold it or asked for it already. */
export interface RequestableItem extends Target {
  id: string;
  description?: string | null;
  maxDuration: string;
  approvalsNeeded: number;
  justificationRequired: boolean;
  ticketRequired: boolean;
  held: boolean;
  openRequestId: string | null;
}

export interface Decision {
  approverId: string;
  approver: string | null;
  outcome: "approved" | "rejected";
  comment: string | null;
  decidedAt: string;
}

export interface AccessRequest extends Target {
  id: string;
  itemId: string;
  requesterId: string;
  requester: string | null;
  status: RequestStatus;
  duration: string;
  justification: string | null;
  ticket: string | null;
  /** The Jira ticket the ticket sink opened for a manual-step item's approved request (docs/jira.md). */
  fulfilmentTicket?: TicketRef | null;
  createdAt: string;
  decidedAt: string | null;
  expiresAt: string | null;
  endedAt: string | null;
  decisions: Decision[];
}

/** The admin API's base under `/admin/realms/{realm}`, and the user API's under `/realms/{realm}/runtime-access`. */
export const adminRequestsPath = "/runtime-access/requests";
export const userRequestsPath = "/requests";

const kindKeys: Record<ItemKind, MessageKey> = {
  "runtime-role": "kindRuntimeRole",
  "end-user-group": "kindEndUserGroup",
  "realm-role": "kindRealmRole",
  "client-role": "kindClientRole",
};

const statusKeys: Record<RequestStatus, MessageKey> = {
  pending: "statusPending",
  active: "statusActive",
  rejected: "statusRejected",
  cancelled: "statusCancelled",
  expired: "statusExpired",
};

const approverTypeKeys: Record<ApproverType, MessageKey> = {
  users: "approversUsers",
  group: "approversGroup",
  "realm-role": "approversRealmRole",
  manager: "approversManager",
};

export function approverTypeText(type: ApproverType): string {
  return type in approverTypeKeys ? t(approverTypeKeys[type]) : type;
}

export function kindText(kind: ItemKind): string {
  return kind in kindKeys ? t(kindKeys[kind]) : kind;
}

export function statusText(status: RequestStatus): string {
  return status in statusKeys ? t(statusKeys[status]) : status;
}

/**
 * What an item gives, in words a requester understands: its description when the admin wrote one, otherwise
 * the target (the solution and group ids are only readable to admins, so the description is worth writing).
 */
export function targetText(target: Target & { description?: string | null }, names: Record<string, string> = {}): string {
  if (target.description) return target.description;
  const scope = target.solutionId ?? target.clientId;
  switch (target.kind) {
    case "runtime-role":
    case "client-role":
      return `${target.role} (${names[scope ?? ""] ?? scope})`;
    case "end-user-group":
      return names[target.groupId ?? ""] ?? target.groupId ?? "";
    default:
      return target.role ?? "";
  }
}

const durationPattern = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** An ISO-8601 duration (`PT8H`, `P2D`, `PT1H30M`) in short words; one the pattern does not know stays as sent. */
export function durationText(iso: string | null | undefined): string {
  if (!iso) return "";
  const match = durationPattern.exec(iso);
  if (!match || iso === "P" || iso.endsWith("T")) return iso;
  const [, days, hours, minutes, seconds] = match;
  const parts = [
    days && t("durationDays", { n: Number(days) }),
    hours && t("durationHours", { n: Number(hours) }),
    minutes && t("durationMinutes", { n: Number(minutes) }),
    seconds && t("durationSeconds", { n: Number(seconds) }),
  ].filter(Boolean);
  return parts.length ? parts.join(" ") : iso;
}

/** The durations a requester picks from: common ones up to the item's maximum, and the maximum itself. */
export function durationChoices(maxDuration: string): string[] {
  const max = seconds(maxDuration);
  const common = ["PT1H", "PT4H", "PT8H", "P1D", "P7D"].filter((d) => max === undefined || seconds(d)! < max);
  return [...common, maxDuration];
}

export function seconds(iso: string): number | undefined {
  const match = durationPattern.exec(iso);
  if (!match) return undefined;
  const [, d, h, m, s] = match.map((v) => Number(v ?? 0));
  return d * 86400 + h * 3600 + m * 60 + s;
}
