import { Alert, AlertActionLink, Button, PageSection, Toolbar, ToolbarContent, ToolbarItem } from "@patternfly/react-core";
import { useState } from "react";
import { useConsole } from "../app/ConsoleContext";
import { t } from "../messages";
import { ApiErrorAlert } from "../shared/ApiErrorAlert";
import { FilterSelect } from "../shared/FilterSelect";
import { Empty, LoadState } from "../shared/LoadState";
import { Notice } from "../shared/Notice";
import { PageHeader } from "../shared/PageHeader";
import { ServerPagingToolbar, useSelectablePage } from "../shared/ServerPaging";
import { useLoader } from "../shared/useLoader";
import { useSubmit } from "../shared/useSubmit";
import { categories, categoryText, governancePath, proposalStatuses, proposalStatusText, proposalText, type GovernanceSettings, type Proposal, type Run } from "./model";
import { ApproveModal, RejectModal } from "./ProposalModals";
import { ProposalsTable } from "./ProposalsTable";
import { reloadIfRefused } from "../shared/reloadIfRefused";

interface BulkAnswer {
  /** `error` only for an id that failed or was not decided; an applied change may carry a `note`. */
  results: { id: string; status: string; error?: string | null; note?: string | null }[];
}

type Dialog = { kind: "approve"; proposal: Proposal } | { kind: "reject"; ids: string[]; bulk: boolean } | undefined;

/** The realm's proposal queue: filter, read the evidence, approve or reject one or many, or run the analysis now. */
export function ProposalsPage() {
  const { api, permissions } = useConsole();
  const { page, changePage, selected, setSelected } = useSelectablePage();
  const [filters, setFilters] = useState({ status: "proposed", category: "" });
  const [settings, reloadSettings] = useLoader(() => api.get<GovernanceSettings>(`${governancePath}/settings`), [api]);
  const [loaded, reload] = useLoader(
    () =>
      api.get<Proposal[]>(`${governancePath}/proposals`, {
        status: filters.status || undefined,
        category: filters.category || undefined,
        user: page.search || undefined,
        first: page.first,
        max: page.max + 1,
      }),
    [api, page, filters],
  );
  const [dialog, setDialog] = useState<Dialog>();
  const [notice, setNotice] = useState<{ variant: "success" | "danger" | "info"; title: string }>();
  const mode = settings.state === "ready" ? settings.data.mode : undefined;
  // In report and off modes the server refuses every decision; the console shows none.
  const canDecide = permissions.manageUsers && (mode === "approve" || mode === "auto-low-risk");
  const running = useSubmit();
  const bulk = useSubmit();

  const refresh = (next?: typeof notice) => {
    setNotice(next);
    setSelected([]);
    setDialog(undefined);
    reload();
  };
  const decided = (proposal: Proposal) =>
    refresh(
      proposal.status === "failed"
        ? { variant: "danger", title: t("proposalFailed", { error: proposal.error ?? "" }) }
        : { variant: "success", title: proposal.status === "applied" ? t("proposalApplied") : proposal.status === "rejected" ? t("proposalRejected") : proposalStatusText(proposal.status) },
    );
  // a refused decision (another admin decided first) leaves the list stale: read it again
  const closed = reloadIfRefused(() => setDialog(undefined), reload);
  const bulkDone = (answer: BulkAnswer) => {
    const failures = answer.results.filter((r) => r.error);
    // a failure named by the proposal it is about, as the list showed it (the id is all a proposal gone from it has)
    const shown = loaded.state === "ready" ? loaded.data : [];
    const named = (id: string) => {
      const proposal = shown.find((p) => p.id === id);
      return proposal ? proposalText(proposal) : id;
    };
    const title = [t("bulkResult", { ok: answer.results.length - failures.length, total: answer.results.length }), failures.length ? t("bulkFailures", { failures: failures.map((f) => `${named(f.id)}: ${f.error}`).join("; ") }) : ""].join(" ").trim();
    refresh({ variant: failures.length ? "danger" : "success", title });
  };
  const approveSelected = () => bulk.run(async () => bulkDone(await api.post<BulkAnswer>(`${governancePath}/proposals/bulk`, { action: "approve", ids: selected })));
  const runNow = () =>
    running.run(async () => {
      const run = await api.post<Run>(`${governancePath}/runs`);
      refresh(
        run.status === "failed"
          ? { variant: "danger", title: t("runFailed", { error: run.error ?? "" }) }
          : { variant: "info", title: t("runFinished", { users: run.users, seconds: run.seconds, created: run.created, autoApplied: run.autoApplied }) },
      );
    });
  const setFilter = (change: Partial<typeof filters>) => {
    setFilters((current) => ({ ...current, ...change }));
    changePage({ first: 0 });
  };
  const actions =
    permissions.manageUsers && mode && mode !== "off" ? (
      <Button variant="secondary" onClick={runNow} isLoading={running.busy} isDisabled={running.busy}>
        {t("runAnalysis")}
      </Button>
    ) : undefined;
  return (
    <>
      <PageHeader title={t("proposalsTitle")} description={t("proposalsDescription")} actions={actions} />
      <PageSection>
        {mode === "report" && <Alert variant="info" isInline title={t("reportModeBanner")} className="pf-v5-u-mb-md" />}
        {mode === "off" && <Alert variant="info" isInline title={t("offModeBanner")} className="pf-v5-u-mb-md" />}
        {/* without the mode the page cannot tell whether deciding is allowed: it says so rather than look read-only */}
        {settings.state === "error" && (
          <Alert
            variant="danger"
            isInline
            title={t("governanceModeUnknown", { error: settings.error.message })}
            actionLinks={<AlertActionLink onClick={reloadSettings}>{t("retry")}</AlertActionLink>}
            className="pf-v5-u-mb-md"
          />
        )}
        {notice && <Notice variant={notice.variant} title={notice.title} onClose={() => setNotice(undefined)} />}
        <ApiErrorAlert error={running.error ?? bulk.error} />
        <ServerPagingToolbar page={page} onChange={changePage} rowsOnPage={loaded.state === "ready" ? loaded.data.length : undefined} searchLabel={t("searchFindingsUser")}>
          <FilterSelect label={t("status")} value={filters.status} onChange={(status) => setFilter({ status })} all={t("allStatuses")} options={proposalStatuses.map((s) => [s, proposalStatusText(s)])} />
          <FilterSelect label={t("category")} value={filters.category} onChange={(category) => setFilter({ category })} width="14rem" all={t("allCategories")} options={categories.map((c) => [c, categoryText(c)])} />
        </ServerPagingToolbar>
        {canDecide && selected.length > 0 && (
          <Toolbar>
            <ToolbarContent>
              <ToolbarItem>
                <Button onClick={approveSelected} isLoading={bulk.busy} isDisabled={bulk.busy}>
                  {t("approveSelected")}
                </Button>
              </ToolbarItem>
              <ToolbarItem>
                <Button variant="secondary" onClick={() => setDialog({ kind: "reject", ids: selected, bulk: true })}>
                  {t("rejectSelected")}
                </Button>
              </ToolbarItem>
            </ToolbarContent>
          </Toolbar>
        )}
        <LoadState loaded={loaded} onRetry={reload}>
          {(proposals) =>
            proposals.length === 0 ? (
              <Empty title={t("proposalsEmpty")} body={t("proposalsEmptyBody")} />
            ) : (
              <ProposalsTable
                proposals={proposals.slice(0, page.max)}
                decisions={
                  canDecide
                    ? {
                        selected,
                        onSelect: setSelected,
                        onApprove: (proposal) => setDialog({ kind: "approve", proposal }),
                        onReject: (proposal) => setDialog({ kind: "reject", ids: [proposal.id], bulk: false }),
                      }
                    : undefined
                }
              />
            )
          }
        </LoadState>
      </PageSection>
      {dialog?.kind === "approve" && <ApproveModal proposal={dialog.proposal} onDone={decided} onClose={closed} />}
      {dialog?.kind === "reject" && (
        <RejectModal
          ids={dialog.ids}
          bulk={dialog.bulk}
          onClose={closed}
          onDone={(answer) => (!dialog.bulk ? decided(answer as Proposal) : bulkDone(answer as BulkAnswer))}
        />
      )}
    </>
  );
}
