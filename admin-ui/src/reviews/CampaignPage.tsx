import { Button, DescriptionList, DescriptionListDescription, DescriptionListGroup, DescriptionListTerm, PageSection, ToolbarItem } from "@patternfly/react-core";
import { DownloadIcon } from "@patternfly/react-icons";
import { useState } from "react";
import { useParams } from "react-router-dom";
import { useConsole } from "../app/ConsoleContext";
import { t } from "../messages";
import { ApiErrorAlert } from "../shared/ApiErrorAlert";
import { ConfirmModal } from "../shared/ConfirmModal";
import { formatInstant } from "../shared/formatInstant";
import { LoadState } from "../shared/LoadState";
import { Notice } from "../shared/Notice";
import { PageHeader } from "../shared/PageHeader";
import { ServerPagingToolbar, useSelectablePage } from "../shared/ServerPaging";
import { useLoader } from "../shared/useLoader";
import { useSubmit } from "../shared/useSubmit";
import { DecideModal } from "./DecideModal";
import { ReviewItemsTable } from "./ReviewItemsTable";
import { campaignPath, defaultDecisionText, scopeText, type Campaign, type ItemDecision, type ReviewItem } from "./model";
import { reloadIfRefused } from "../shared/reloadIfRefused";

/** A campaign: its settings, its items with their suggestions, bulk decisions, closing, and the evidence once closed. */
export function CampaignPage() {
  const { api, permissions } = useConsole();
  const id = useParams().id ?? "";
  const [loaded, reload] = useLoader(() => api.get<Campaign>(campaignPath(id)), [api, id]);
  const [closing, setClosing] = useState(false);
  const [notice, setNotice] = useState<string>();
  const evidence = useSubmit();
  const download = (campaign: Campaign, format: "csv" | "json") => evidence.run(async () => {
    const body = await api.get<unknown>(campaignPath(campaign.id, "evidence"), { format }, format === "csv" ? "text/csv" : undefined);
    const text = typeof body === "string" ? body : JSON.stringify(body, null, 2);
    const url = URL.createObjectURL(new Blob([text], { type: format === "csv" ? "text/csv" : "application/json" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = `access-review-${campaign.id}.${format}`;
    document.body.appendChild(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(url);
  });
  return (
    <LoadState loaded={loaded} onRetry={reload}>
      {(campaign) => {
        const open = campaign.state === "open";
        const actions = (
          <>
            {open && permissions.manageUsers && <Button variant="secondary" onClick={() => setClosing(true)}>{t("closeCampaign")}</Button>}
            {!open && (
              <>
                <Button variant="secondary" icon={<DownloadIcon />} onClick={() => void download(campaign, "csv")} isDisabled={evidence.busy}>{t("evidenceCsv")}</Button>{" "}
                <Button variant="secondary" icon={<DownloadIcon />} onClick={() => void download(campaign, "json")} isDisabled={evidence.busy}>{t("evidenceJson")}</Button>
              </>
            )}
          </>
        );
        return (
          <>
            <PageHeader title={campaign.name} description={t(open ? "campaignOpenHelp" : "campaignClosedHelp")} actions={actions} />
            <PageSection>
              {notice && <Notice title={notice} onClose={() => setNotice(undefined)} />}
              <ApiErrorAlert error={evidence.error} reading />
              <Settings campaign={campaign} />
              {/* a decision changes nothing shown of the campaign: only the items reload, on their own page */}
              <Items campaign={campaign} onDecided={(n) => setNotice(t("decidedCount", { count: n }))} />
            </PageSection>
            {closing && (
              <ConfirmModal title={t("closeCampaignTitle", { name: campaign.name })} confirmLabel={t("closeCampaign")} onClose={reloadIfRefused(() => setClosing(false), reload)} onConfirm={async () => {
                await api.post(campaignPath(campaign.id, "close"));
                // a close changes the campaign and every item (what was applied): the whole page loads afresh
                setNotice(t("campaignClosedNotice"));
                reload();
              }}>
                {t("closeCampaignBody", { decision: defaultDecisionText(campaign.defaultDecision) })}
              </ConfirmModal>
            )}
          </>
        );
      }}
    </LoadState>
  );
}

function Settings({ campaign }: { campaign: Campaign }) {
  const reviewers =
    campaign.reviewers.type === "group"
      ? t("reviewersOfGroup", { group: campaign.reviewers.group ?? "" })
      : campaign.reviewers.type === "owner"
        ? t("reviewersOfOwners")
        : t("reviewersOfManager", { attribute: campaign.reviewers.attribute ?? "manager" });
  const rows: [string, string][] = [
    [t("campaignScope"), [scopeText(campaign.scope.type), campaign.scope.id, campaign.scope.days && t("daysCount", { days: campaign.scope.days })].filter(Boolean).join(" · ")],
    [t("reviewersType"), [reviewers, ...campaign.reviewers.fallback].join(", ")],
    [t("campaignDeadline"), formatInstant(campaign.closedAt ?? campaign.deadline)],
    [t("defaultDecision"), defaultDecisionText(campaign.defaultDecision) + (campaign.autoApply ? ` · ${t("reviewAutoApply")}` : "")],
    [t("campaignItems"), String(campaign.items)],
  ];
  return (
    <DescriptionList isHorizontal isCompact className="pf-v5-u-mb-lg">
      {rows.map(([term, value]) => (
        <DescriptionListGroup key={term}>
          <DescriptionListTerm>{term}</DescriptionListTerm>
          <DescriptionListDescription>{value}</DescriptionListDescription>
        </DescriptionListGroup>
      ))}
    </DescriptionList>
  );
}

function Items({ campaign, onDecided }: { campaign: Campaign; onDecided: (count: number) => void }) {
  const { api, permissions } = useConsole();
  const { page, changePage, selected, setSelected } = useSelectablePage(100);
  // One row more than the page, to know whether a next page exists: a campaign can hold far more items than a page.
  const [loaded, reload] = useLoader(() => api.get<ReviewItem[]>(campaignPath(campaign.id, "items"), { first: page.first, max: page.max + 1 }), [api, campaign.id, page.first, page.max]);
  const [deciding, setDeciding] = useState<ItemDecision>();
  const canDecide = permissions.manageUsers && campaign.state === "open";
  return (
    <>
      <ServerPagingToolbar page={page} onChange={changePage} rowsOnPage={loaded.state === "ready" ? loaded.data.length : undefined}>
        {canDecide &&
          (["approve", "revoke", "delegate"] as const).map((decision) => (
            <ToolbarItem key={decision}>
              <Button variant={decision === "approve" ? "primary" : "secondary"} isDisabled={selected.length === 0} onClick={() => setDeciding(decision)}>
                {t(decision === "approve" ? "approveSelected" : decision === "revoke" ? "revokeSelected" : "delegateSelected")}
              </Button>
            </ToolbarItem>
          ))}
      </ServerPagingToolbar>
      <LoadState loaded={loaded} onRetry={reload}>
        {(items) => <ReviewItemsTable items={items.slice(0, page.max)} selection={canDecide ? { selected, onSelect: setSelected } : undefined} />}
      </LoadState>
      {deciding && (
        <DecideModal itemIds={selected} decision={deciding} send={(decisions) => api.post(campaignPath(campaign.id, "decisions"), { decisions })} onClose={reloadIfRefused(() => setDeciding(undefined), reload)} onDone={(n) => {
          setDeciding(undefined);
          setSelected([]);
          reload();
          onDecided(n);
        }} />
      )}
    </>
  );
}
