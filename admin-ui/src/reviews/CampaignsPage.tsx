import { Button, Label, PageSection } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { Link, useNavigate } from "react-router-dom";
import { useConsole } from "../app/ConsoleContext";
import { t } from "../messages";
import { formatInstant } from "../shared/formatInstant";
import { Empty, LoadState } from "../shared/LoadState";
import { PageHeader } from "../shared/PageHeader";
import { ServerPagingToolbar, usePage } from "../shared/ServerPaging";
import { useLoader } from "../shared/useLoader";
import { CampaignModal } from "./CampaignModal";
import { campaignsPath, scopeText, type Campaign } from "./model";

/** The realm's access-review campaigns, newest first; starting one opens it. */
export function CampaignsPage() {
  const { api, realm, permissions } = useConsole();
  const navigate = useNavigate();
  const [page, setPage] = usePage();
  const [loaded, reload] = useLoader(() => api.get<Campaign[]>(campaignsPath, { first: page.first, max: page.max + 1 }), [api, page.first, page.max]);
  const [starting, setStarting] = useState(false);
  const start = permissions.manageUsers && <Button onClick={() => setStarting(true)}>{t("startCampaign")}</Button>;
  return (
    <>
      <PageHeader title={t("campaignsTitle")} description={t("campaignsDescription")} actions={start || undefined} />
      <PageSection>
        <ServerPagingToolbar page={page} onChange={setPage} rowsOnPage={loaded.state === "ready" ? loaded.data.length : undefined} />
        <LoadState loaded={loaded} onRetry={reload}>
          {(campaigns) =>
            campaigns.length === 0 ? (
              <Empty title={t("campaignsEmpty")} body={t("campaignsEmptyBody")} />
            ) : (
              <Table aria-label={t("campaignsTitle")} variant="compact">
                <Thead>
                  <Tr>
                    <Th modifier="wrap">{t("campaignName")}</Th>
                    <Th modifier="wrap">{t("campaignScope")}</Th>
                    <Th modifier="wrap">{t("campaignState")}</Th>
                    <Th modifier="wrap">{t("campaignItems")}</Th>
                    <Th modifier="wrap">{t("campaignStarted")}</Th>
                    <Th modifier="wrap">{t("campaignDeadline")}</Th>
                  </Tr>
                </Thead>
                <Tbody>
                  {campaigns.slice(0, page.max).map((c) => (
                    <Tr key={c.id} data-testid={`campaign-${c.name}`}>
                      <Td dataLabel={t("campaignName")}>
                        <Link to={`/${encodeURIComponent(realm)}/campaigns/${encodeURIComponent(c.id)}`}>{c.name}</Link>
                      </Td>
                      <Td dataLabel={t("campaignScope")}>{scopeText(c.scope.type)}</Td>
                      <Td dataLabel={t("campaignState")}>
                        <Label color={c.state === "open" ? "blue" : "grey"} isCompact>{t(c.state === "open" ? "campaignOpen" : "campaignClosed")}</Label>
                      </Td>
                      <Td dataLabel={t("campaignItems")}>{c.items}</Td>
                      <Td dataLabel={t("campaignStarted")}>{formatInstant(c.startedAt)}</Td>
                      <Td dataLabel={t("campaignDeadline")}>{formatInstant(c.closedAt ?? c.deadline)}</Td>
                    </Tr>
                  ))}
                </Tbody>
              </Table>
            )
          }
        </LoadState>
      </PageSection>
      {starting && (
        <CampaignModal
          onClose={() => setStarting(false)}
          onDone={(campaign) => navigate(`/${encodeURIComponent(realm)}/campaigns/${encodeURIComponent(campaign.id)}`)}
        />
      )}
    </>
  );
}
