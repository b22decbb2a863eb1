import { Button, PageSection } from "@patternfly/react-core";
import { useState } from "react";
import { useConsole } from "../app/ConsoleContext";
import { t } from "../messages";
import { Empty, LoadState } from "../shared/LoadState";
import { Notice } from "../shared/Notice";
import { PageHeader } from "../shared/PageHeader";
import { ServerPagingToolbar, usePage } from "../shared/ServerPaging";
import { useLoader } from "../shared/useLoader";
import { DecisionModal, type Outcome } from "./DecisionModal";
import { targetText, userRequestsPath, type AccessRequest, type RequestableItem } from "./model";
import { RequestsTable } from "./RequestsTable";

interface Waiting {
  requests: AccessRequest[];
  /** Item descriptions by id, so an approver reads what is asked for rather than ids. */
  items: Record<string, string>;
}

/** What waits for the signed-in user as an approver, with their own token; approve or reject with a comment. */
export function ApprovalsPage() {
  const { userApi } = useConsole();
  const [page, setPage] = usePage();
  const [loaded, reload] = useLoader(async (): Promise<Waiting> => {
    const [requests, items] = await Promise.all([
      userApi.get<AccessRequest[]>(`${userRequestsPath}/approvals`, { first: page.first, max: page.max + 1 }),
      userApi.get<RequestableItem[]>(`${userRequestsPath}/requestable`),
    ]);
    return { requests, items: Object.fromEntries(items.filter((i) => i.description).map((i) => [i.id, i.description!])) };
  }, [userApi, page.first, page.max]);
  const [dialog, setDialog] = useState<{ request: AccessRequest; outcome: Outcome; what: string }>();
  const [notice, setNotice] = useState<string>();
  const decided = (answer: AccessRequest) => {
    const requester = answer.requester ?? answer.requesterId;
    setNotice(t(answer.status === "active" ? "requestActivated" : answer.status === "rejected" ? "requestRejected" : "requestApprovedOnce", { requester }));
    setDialog(undefined);
    reload();
  };
  return (
    <>
      <PageHeader title={t("approvalsTitle")} description={t("approvalsDescription")} />
      <PageSection>
        {notice && <Notice title={notice} onClose={() => setNotice(undefined)} />}
        <ServerPagingToolbar page={page} onChange={setPage} rowsOnPage={loaded.state === "ready" ? loaded.data.requests.length : undefined} />
        <LoadState loaded={loaded} onRetry={reload}>
          {({ requests, items }) =>
            requests.length === 0 ? (
              <Empty title={t("approvalsEmpty")} body={t("approvalsEmptyBody")} />
            ) : (
              <RequestsTable
                label={t("approvalsTitle")}
                requests={requests.slice(0, page.max)}
                items={items}
                showRequester
                actions={(request) => {
                  const what = items[request.itemId] ?? targetText(request);
                  const names = { requester: request.requester ?? request.requesterId, what };
                  return (
                    <>
                      <Button variant="link" isInline onClick={() => setDialog({ request, outcome: "approve", what })} aria-label={t("approveRequestOf", names)}>
                        {t("approve")}
                      </Button>{" "}
                      <Button variant="link" isInline isDanger onClick={() => setDialog({ request, outcome: "reject", what })} aria-label={t("rejectRequestOf", names)}>
                        {t("reject")}
                      </Button>
                    </>
                  );
                }}
              />
            )
          }
        </LoadState>
      </PageSection>
      {dialog && <DecisionModal {...dialog} onDone={decided} onClose={(refused) => {
        setDialog(undefined);
        if (refused) reload();
      }} />}
    </>
  );
}
