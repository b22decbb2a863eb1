import { Button, PageSection, ToolbarItem } from "@patternfly/react-core";
import { useState } from "react";
import { useConsole } from "../app/ConsoleContext";
import { t } from "../messages";
import { Empty, LoadState } from "../shared/LoadState";
import { Notice } from "../shared/Notice";
import { PageHeader } from "../shared/PageHeader";
import { ServerPagingToolbar, useSelectablePage } from "../shared/ServerPaging";
import { useLoader } from "../shared/useLoader";
import { DecideModal } from "./DecideModal";
import { ReviewItemsTable } from "./ReviewItemsTable";
import { reviewerPath, type ItemDecision, type WaitingReviewItem } from "./model";
import { reloadIfRefused } from "../shared/reloadIfRefused";

/**
 * Self-service for reviewers, with their own token: the items of open campaigns they review, soonest deadline first,
 * paged on the server; select some and approve, revoke or delegate them with one justification. The server decides
 * who may decide what (only an item's reviewers, never about their own access).
 */
export function MyReviewsPage() {
  const { userApi } = useConsole();
  const { page, changePage, selected, setSelected } = useSelectablePage(50);
  // One row more than the page, to know whether a next page exists.
  const [loaded, reload] = useLoader(() => userApi.get<WaitingReviewItem[]>(reviewerPath, { first: page.first, max: page.max + 1 }), [userApi, page.first, page.max]);
  const [deciding, setDeciding] = useState<ItemDecision>();
  const [notice, setNotice] = useState<string>();
  const nothingAtAll = loaded.state === "ready" && loaded.data.length === 0 && page.first === 0;
  return (
    <>
      <PageHeader title={t("myReviewsTitle")} description={t("myReviewsDescription")} />
      <PageSection>
        {notice && <Notice title={notice} onClose={() => setNotice(undefined)} />}
        {!nothingAtAll && (
          <ServerPagingToolbar page={page} onChange={changePage} rowsOnPage={loaded.state === "ready" ? loaded.data.length : undefined}>
            {(["approve", "revoke", "delegate"] as const).map((decision) => (
              <ToolbarItem key={decision}>
                <Button variant={decision === "approve" ? "primary" : "secondary"} isDanger={decision === "revoke"} isDisabled={selected.length === 0} onClick={() => setDeciding(decision)}>
                  {t(decision === "approve" ? "approveSelected" : decision === "revoke" ? "revokeSelected" : "delegateSelected")}
                </Button>
              </ToolbarItem>
            ))}
          </ServerPagingToolbar>
        )}
        <LoadState loaded={loaded} onRetry={reload}>
          {(rows) =>
            rows.length === 0 ? (
              <Empty title={t("myReviewsEmpty")} body={t("myReviewsEmptyBody")} />
            ) : (
              <ReviewItemsTable items={rows.slice(0, page.max)} selection={{ selected, onSelect: setSelected }} />
            )
          }
        </LoadState>
      </PageSection>
      {deciding && (
        <DecideModal
          itemIds={selected}
          decision={deciding}
          delegateByUsername
          send={(decisions) => userApi.post(`${reviewerPath}/decisions`, { decisions })}
          onClose={reloadIfRefused(() => setDeciding(undefined), reload)}
          onDone={(count) => {
            setDeciding(undefined);
            setSelected([]);
            setNotice(t("decidedCount", { count }));
            reload();
          }}
        />
      )}
    </>
  );
}
