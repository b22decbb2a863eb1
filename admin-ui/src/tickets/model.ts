import type { Api } from "../api/client";
import { t } from "../messages";

/** A source's ticket as the sources' views and the outbox show it (docs/jira.md). */
export interface TicketRef {
  key: string | null;
  /** `pending`, `failed`, `gone` (Jira answered 404 or 410, no longer polled), or the Jira status name as polled. */
  status: string;
  /** The browse URL on the Jira site it was opened on; null until delivered. */
  url: string | null;
  resolved: boolean;
}

/** One row of `GET .../tickets/outbox`. */
export interface OutboxTicket {
  id: string;
  sourceKind: string;
  sourceId: string;
  summary: string;
  state: "pending" | "failed" | "open" | "resolved" | "gone";
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  ticket: TicketRef;
  createdAt: string;
  deliveredAt: string | null;
}

export type SourceKind = "finding" | "sod-violation" | "access-request" | "campaign-revocation";

export const outboxPath = "/runtime-access/tickets/outbox";

/** The server answers at most this many sources at once. */
export const maxSources = 100;

/** The tickets of these sources, by source id: one call for a page of findings (the outbox reads them by source). */
export async function ticketsOf(api: Api, sourceKind: SourceKind, sourceIds: string[]): Promise<Record<string, OutboxTicket>> {
  const ids = [...new Set(sourceIds)].slice(0, maxSources);
  if (ids.length === 0) return {};
  const tickets = await api.get<OutboxTicket[]>(outboxPath, { sourceKind, sourceId: ids });
  return Object.fromEntries(tickets.map((ticket) => [ticket.sourceId, ticket]));
}

/** The status in words: the outbox's own states translated, a Jira status as Jira names it. */
export function ticketStatusText(ticket: TicketRef): string {
  if (ticket.status === "pending") return t("ticketPending");
  if (ticket.status === "failed") return t("ticketFailed");
  if (ticket.status === "gone") return t("ticketGone");
  return ticket.status;
}
