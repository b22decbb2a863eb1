import { Card, CardBody, CardTitle, DescriptionList, DescriptionListDescription, DescriptionListGroup, DescriptionListTerm, Title } from "@patternfly/react-core";
import type { ReactNode } from "react";
import { t } from "../messages";
import { formatInstant } from "../shared/formatInstant";
import { TicketKey, TicketLink } from "./TicketLink";
import type { OutboxTicket } from "./model";

/** A source's Jira ticket on its page: the issue, its status, and why it is not in Jira yet if it is not. */
export function TicketCard({ ticket }: { ticket: OutboxTicket }) {
  return (
    <Card>
      <CardTitle>
        <Title headingLevel="h2" size="lg">
          {t("jiraTicket")}
        </Title>
      </CardTitle>
      <CardBody>
        <DescriptionList isHorizontal isCompact aria-label={t("jiraTicket")}>
          <Term label={t("ticketKey")}>{ticket.ticket.key ? <TicketKey ticket={ticket.ticket} /> : t("ticketNotYetOpened")}</Term>
          <Term label={t("ticketStatus")}>
            <span data-testid="ticket-status">
              <TicketLink ticket={{ ...ticket.ticket, key: null }} />
            </span>
          </Term>
          {ticket.state === "pending" && ticket.attempts > 0 && <Term label={t("ticketAttempts")}>{ticket.attempts}</Term>}
          {ticket.state === "pending" && ticket.nextAttemptAt && <Term label={t("nextAttemptAt")}>{formatInstant(ticket.nextAttemptAt)}</Term>}
          {ticket.lastError && (
            <Term label={t("ticketLastError")}>
              <code data-testid="ticket-last-error">{ticket.lastError}</code>
            </Term>
          )}
        </DescriptionList>
      </CardBody>
    </Card>
  );
}

function Term({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DescriptionListGroup>
      <DescriptionListTerm>{label}</DescriptionListTerm>
      <DescriptionListDescription>{children}</DescriptionListDescription>
    </DescriptionListGroup>
  );
}
