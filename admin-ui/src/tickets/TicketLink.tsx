import { Label } from "@patternfly/react-core";
import { t } from "../messages";
import { ticketStatusText, type TicketRef } from "./model";

/** The issue key, linked to Jira when the ticket was delivered, and its status; compact enough for a table cell. */
export function TicketLink({ ticket }: { ticket: TicketRef }) {
  const color = ticket.resolved ? "green" : ticket.status === "failed" ? "red" : ticket.status === "pending" || ticket.status === "gone" ? "grey" : "blue";
  return (
    <span>
      {ticket.key && <TicketKey ticket={ticket} />} <Label isCompact color={color}>{ticketStatusText(ticket)}</Label>
    </span>
  );
}

/** The key as a link to the issue on the site it was opened on; Jira is another site, so a new tab. */
export function TicketKey({ ticket }: { ticket: TicketRef }) {
  if (!ticket.key) return null;
  if (!ticket.url) return <>{ticket.key}</>;
  return (
    <a href={ticket.url} target="_blank" rel="noopener noreferrer" aria-label={t("ticketOpensNewTab", { key: ticket.key })}>
      {ticket.key}
    </a>
  );
}
