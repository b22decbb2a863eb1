import { Label, type LabelProps } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import type { ReactNode } from "react";
import { t } from "../messages";
import { formatInstant } from "../shared/formatInstant";
import { TicketLink } from "../tickets/TicketLink";
import { durationText, statusText, targetText, type AccessRequest, type RequestStatus } from "./model";

const statusColors: Record<RequestStatus, LabelProps["color"]> = {
  pending: "gold",
  active: "green",
  rejected: "red",
  cancelled: "grey",
  expired: "grey",
};

export function StatusLabel({ status }: { status: RequestStatus }) {
  return (
    <Label color={statusColors[status] ?? "grey"} isCompact>
      {statusText(status)}
    </Label>
  );
}

/**
 * Requests as every page lists them: what is asked for, for how long and why, where it stands and who decided.
 * `items` names an item by its description (what a requester reads); `names` names solutions and groups by id.
 */
export function RequestsTable({
  label,
  requests,
  items = {},
  names = {},
  showRequester = false,
  actions,
}: {
  label: string;
  requests: AccessRequest[];
  items?: Record<string, string>;
  names?: Record<string, string>;
  showRequester?: boolean;
  actions?: (request: AccessRequest) => ReactNode;
}) {
  return (
    <Table aria-label={label} variant="compact">
      <Thead>
        <Tr>
          {showRequester && <Th modifier="wrap">{t("requester")}</Th>}
          <Th modifier="wrap">{t("requestAccess")}</Th>
          <Th modifier="wrap">{t("status")}</Th>
          <Th modifier="wrap">{t("requestDuration")}</Th>
          <Th modifier="wrap">{t("justification")}</Th>
          <Th modifier="wrap">{t("requestedAt")}</Th>
          <Th modifier="wrap">{t("expiresAt")}</Th>
          <Th modifier="wrap">{t("decisions")}</Th>
          {actions && <Th screenReaderText={t("actions")} />}
        </Tr>
      </Thead>
      <Tbody>
        {requests.map((request) => (
          <Tr key={request.id} data-testid={`request-${request.id}`}>
            {showRequester && <Td dataLabel={t("requester")}>{request.requester ?? request.requesterId}</Td>}
            <Td dataLabel={t("requestAccess")}>{items[request.itemId] ?? targetText(request, names)}</Td>
            <Td dataLabel={t("status")}>
              <StatusLabel status={request.status} />
              {request.fulfilmentTicket && (
                <div className="pf-v5-u-mt-xs" data-testid={`fulfilment-${request.id}`}>
                  {t("fulfilmentTicket")}: <TicketLink ticket={request.fulfilmentTicket} />
                </div>
              )}
            </Td>
            <Td dataLabel={t("requestDuration")}>{durationText(request.duration)}</Td>
            <Td dataLabel={t("justification")}>
              {request.justification}
              {request.ticket && <div className="pf-v5-u-color-200">{t("ticketIs", { ticket: request.ticket })}</div>}
            </Td>
            <Td dataLabel={t("requestedAt")}>{formatInstant(request.createdAt)}</Td>
            <Td dataLabel={t("expiresAt")}>{formatInstant(request.endedAt ?? request.expiresAt)}</Td>
            <Td dataLabel={t("decisions")}>
              {request.decisions.map((d) => (
                <div key={`${d.approverId}-${d.decidedAt}`}>
                  {t(d.outcome === "approved" ? "decisionApproved" : "decisionRejected", { approver: d.approver ?? d.approverId })}
                  {d.comment && <span className="pf-v5-u-color-200">: {d.comment}</span>}
                </div>
              ))}
            </Td>
            {actions && (
              <Td isActionCell modifier="nowrap">
                {actions(request)}
              </Td>
            )}
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
}
