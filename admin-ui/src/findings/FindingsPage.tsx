import { PageSection } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { Link } from "react-router-dom";
import { useConsole } from "../app/ConsoleContext";
import { t } from "../messages";
import { formatInstant } from "../shared/formatInstant";
import { FilterSelect } from "../shared/FilterSelect";
import { Empty, LoadState } from "../shared/LoadState";
import { PageHeader } from "../shared/PageHeader";
import { ServerPagingToolbar, usePage } from "../shared/ServerPaging";
import { useLoader } from "../shared/useLoader";
import { TicketLink } from "../tickets/TicketLink";
import { useSourceTickets } from "../tickets/useSourceTickets";
import { detections, detectionText, findingsPath, severities, severityText, sourceAddress, statuses, statusText, topReason, type Finding } from "./model";
import { SeverityLabel } from "./SeverityLabel";

interface Filters {
  severity: string;
  status: string;
  detection: string;
  /** Hours back from now; the `from` instant is computed when the list loads. */
  since: string;
}

const hour = 3_600_000;

/** The realm's findings, newest first, filtered and paged by the server; the search box filters by user. */
export function FindingsPage() {
  const { api } = useConsole();
  const [page, setPage] = usePage();
  const [filters, setFilters] = useState<Filters>({ severity: "", status: "", detection: "", since: "" });
  const [loaded, reload] = useLoader(
    () =>
      api.get<Finding[]>(findingsPath, {
        user: page.search || undefined,
        severity: filters.severity || undefined,
        status: filters.status || undefined,
        detection: filters.detection || undefined,
        from: filters.since ? new Date(Date.now() - Number(filters.since) * hour).toISOString() : undefined,
        first: page.first,
        max: page.max + 1,
      }),
    [api, page, filters],
  );
  const setFilter = (change: Partial<Filters>) => {
    setFilters((current) => ({ ...current, ...change }));
    setPage({ first: 0 });
  };
  return (
    <>
      <PageHeader title={t("findingsTitle")} description={t("findingsDescription")} />
      <PageSection>
        <ServerPagingToolbar page={page} onChange={setPage} rowsOnPage={loaded.state === "ready" ? loaded.data.length : undefined} searchLabel={t("searchFindingsUser")}>
          <FilterSelect label={t("severity")} value={filters.severity} onChange={(severity) => setFilter({ severity })} all={t("allSeverities")} options={severities.map((s) => [s, severityText(s)])} />
          <FilterSelect label={t("status")} value={filters.status} onChange={(status) => setFilter({ status })} all={t("allStatuses")} options={statuses.map((s) => [s, statusText(s)])} />
          <FilterSelect
            label={t("timeRange")}
            value={filters.since}
            onChange={(since) => setFilter({ since })}
            all={t("anyTime")}
            options={[
              ["24", t("last24Hours")],
              ["168", t("last7Days")],
              ["720", t("last30Days")],
            ]}
          />
          <FilterSelect label={t("detection")} value={filters.detection} onChange={(detection) => setFilter({ detection })} width="12rem" all={t("allDetections")} options={detections.map((d) => [d, detectionText(d)])} />
        </ServerPagingToolbar>
        <LoadState loaded={loaded} onRetry={reload}>
          {(findings) =>
            findings.length === 0 ? (
              <Empty title={t("findingsEmpty")} body={t("findingsEmptyBody")} />
            ) : (
              <FindingsTable findings={findings.slice(0, page.max)} />
            )
          }
        </LoadState>
      </PageSection>
    </>
  );
}

/** The findings of one page; with view-realm, each one's Jira ticket, read in one call for the page. */
function FindingsTable({ findings }: { findings: Finding[] }) {
  const { realm, permissions } = useConsole();
  const tickets = useSourceTickets(
    "finding",
    findings.map((finding) => finding.id),
    permissions.viewRealm,
  );
  const base = `/${encodeURIComponent(realm)}`;
  return (
    <Table aria-label={t("findingsTitle")} variant="compact">
      <Thead>
        <Tr>
          <Th>{t("severity")}</Th>
          <Th>{t("time")}</Th>
          <Th>{t("user")}</Th>
          <Th modifier="wrap">{t("sourceAddress")}</Th>
          <Th>{t("detection")}</Th>
          <Th>{t("topReason")}</Th>
          <Th>{t("status")}</Th>
          {permissions.viewRealm && <Th modifier="wrap">{t("jiraTicket")}</Th>}
        </Tr>
      </Thead>
      <Tbody>
        {findings.map((finding) => (
          <Tr key={finding.id} data-testid={`row-${finding.id}`}>
            <Td dataLabel={t("severity")}>
              <SeverityLabel severity={finding.severity} />
            </Td>
            <Td dataLabel={t("time")}>{formatInstant(finding.time)}</Td>
            <Td dataLabel={t("user")}>{finding.username ?? t("noUser")}</Td>
            <Td dataLabel={t("sourceAddress")}>{sourceAddress(finding) ?? t("noUser")}</Td>
            <Td dataLabel={t("detection")}>
              <Link to={`${base}/findings/${encodeURIComponent(finding.id)}`}>{detectionText(finding.detection)}</Link>
            </Td>
            <Td dataLabel={t("topReason")} modifier="wrap">
              {topReason(finding)?.text}
            </Td>
            <Td dataLabel={t("status")}>{statusText(finding.status)}</Td>
            {permissions.viewRealm && (
              <Td dataLabel={t("jiraTicket")} data-testid={`ticket-${finding.id}`}>
                {tickets[finding.id] ? <TicketLink ticket={tickets[finding.id].ticket} /> : t("noTicket")}
              </Td>
            )}
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
}
