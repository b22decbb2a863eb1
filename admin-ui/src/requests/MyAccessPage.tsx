import { Button, Label, PageSection, Stack, Title } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { useConsole } from "../app/ConsoleContext";
import { t } from "../messages";
import { ConfirmModal } from "../shared/ConfirmModal";
import { Empty, LoadState } from "../shared/LoadState";
import { Notice } from "../shared/Notice";
import { PageHeader } from "../shared/PageHeader";
import { ServerPagingToolbar, usePage } from "../shared/ServerPaging";
import { useLoader } from "../shared/useLoader";
import { durationText, targetText, userRequestsPath, type AccessRequest, type RequestableItem } from "./model";
import { RequestModal } from "./RequestModal";
import { RequestsTable } from "./RequestsTable";
import { reloadIfRefused } from "../shared/reloadIfRefused";

type Dialog = { kind: "request"; item: RequestableItem } | { kind: "cancel"; request: AccessRequest; what: string } | undefined;

/** Self-service for any signed-in user of the realm, with their own token: what they may request, and their requests. */
export function MyAccessPage() {
  const { userApi } = useConsole();
  const [page, setPage] = usePage();
  // Read apart: another page of requests leaves what may be requested, and the pager, where they are.
  const [items, reloadItems] = useLoader(() => userApi.get<RequestableItem[]>(`${userRequestsPath}/requestable`), [userApi]);
  const [requests, reloadRequests] = useLoader(
    () => userApi.get<AccessRequest[]>(userRequestsPath, { first: page.first, max: page.max + 1 }),
    [userApi, page.first, page.max],
  );
  const itemNames = Object.fromEntries((items.state === "ready" ? items.data : []).map((i) => [i.id, targetText(i)]));
  const [dialog, setDialog] = useState<Dialog>();
  const [notice, setNotice] = useState<string>();
  const close = (message?: string) => {
    setDialog(undefined);
    if (message) {
      setNotice(message);
      reloadItems();
      reloadRequests();
    }
  };
  return (
    <>
      <PageHeader title={t("myAccessTitle")} description={t("myAccessDescription")} />
      <PageSection>
        {notice && <Notice title={notice} onClose={() => setNotice(undefined)} />}
        <Stack hasGutter>
          <Title headingLevel="h2">{t("requestableTitle")}</Title>
          <LoadState loaded={items} onRetry={reloadItems}>
            {(requestable) =>
              requestable.length === 0 ? (
                <Empty title={t("requestableEmpty")} body={t("requestableEmptyBody")} />
              ) : (
                <RequestableTable items={requestable} onRequest={(item) => setDialog({ kind: "request", item })} />
              )
            }
          </LoadState>
          <Title headingLevel="h2">{t("myRequestsTitle")}</Title>
          {/* outside the loading state, as on Approvals: Next page stays, with the focus, while the page loads */}
          <ServerPagingToolbar page={page} onChange={setPage} rowsOnPage={requests.state === "ready" ? requests.data.length : undefined} />
          <LoadState loaded={requests} onRetry={reloadRequests}>
            {(mine) =>
              mine.length === 0 ? (
                <Empty title={t("myRequestsEmpty")} />
              ) : (
                <RequestsTable
                  label={t("myRequestsTitle")}
                  requests={mine.slice(0, page.max)}
                  items={itemNames}
                  actions={(request) =>
                    request.status === "pending" && (
                      <Button variant="link" isInline isDanger onClick={() => setDialog({ kind: "cancel", request, what: itemNames[request.itemId] ?? targetText(request) })} aria-label={t("cancelRequestOf", { what: itemNames[request.itemId] ?? targetText(request) })}>
                        {t("cancelRequest")}
                      </Button>
                    )
                  }
                />
              )
            }
          </LoadState>
        </Stack>
      </PageSection>
      {dialog?.kind === "request" && <RequestModal item={dialog.item} onDone={() => close(t("requestSent", { what: targetText(dialog.item) }))} onClose={() => close()} />}
      {dialog?.kind === "cancel" && (
        <ConfirmModal title={t("cancelRequestTitle", { what: dialog.what })} confirmLabel={t("cancelRequest")} danger onClose={reloadIfRefused(() => setDialog(undefined), () => {
          reloadItems();
          reloadRequests();
        })} onConfirm={async () => {
          await userApi.post(`${userRequestsPath}/${encodeURIComponent(dialog.request.id)}/cancel`);
          close(t("requestCancelled", { what: dialog.what }));
        }}>
          {t("cancelRequestBody")}
        </ConfirmModal>
      )}
    </>
  );
}

function RequestableTable({ items, onRequest }: { items: RequestableItem[]; onRequest: (item: RequestableItem) => void }) {
  return (
    <Table aria-label={t("requestableTitle")} variant="compact">
      <Thead>
        <Tr>
          <Th modifier="wrap">{t("requestAccess")}</Th>
          <Th modifier="wrap">{t("maxDuration")}</Th>
          <Th modifier="wrap">{t("requires")}</Th>
          <Th screenReaderText={t("actions")} />
        </Tr>
      </Thead>
      <Tbody>
        {items.map((item) => {
          const name = targetText(item);
          const requires = [item.justificationRequired && t("justification"), item.ticketRequired && t("ticket")].filter(Boolean).join(", ");
          return (
            <Tr key={item.id} data-testid={`requestable-${name}`}>
              <Td dataLabel={t("requestAccess")}>{name}</Td>
              <Td dataLabel={t("maxDuration")}>{durationText(item.maxDuration)}</Td>
              <Td dataLabel={t("requires")}>{requires || t("nothing")}</Td>
              <Td isActionCell modifier="nowrap">
                {item.held ? (
                  <Label color="green" isCompact>{t("held")}</Label>
                ) : item.openRequestId ? (
                  <Label color="gold" isCompact>{t("requested")}</Label>
                ) : (
                  <Button variant="secondary" size="sm" onClick={() => onRequest(item)} aria-label={t("requestItemOf", { what: name })}>
                    {t("requestItem")}
                  </Button>
                )}
              </Td>
            </Tr>
          );
        })}
      </Tbody>
    </Table>
  );
}
