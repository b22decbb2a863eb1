import { Alert, AlertActionCloseButton, Button, Label, PageSection, Stack, Title } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { useConsole } from "../app/ConsoleContext";
import { t } from "../messages";
import { ConfirmModal } from "../shared/ConfirmModal";
import { Empty, LoadState } from "../shared/LoadState";
import { PageHeader } from "../shared/PageHeader";
import { ServerPagingToolbar, usePage } from "../shared/ServerPaging";
import { useLoader } from "../shared/useLoader";
import { durationText, targetText, userRequestsPath, type AccessRequest, type RequestableItem } from "./model";
import { RequestModal } from "./RequestModal";
import { RequestsTable } from "./RequestsTable";

interface Mine {
  items: RequestableItem[];
  requests: AccessRequest[];
}

type Dialog = { kind: "request"; item: RequestableItem } | { kind: "cancel"; request: AccessRequest; what: string } | undefined;

/** Self-service for any signed-in user of the realm, with their own token: what they may request, and their requests. */
export function MyAccessPage() {
  const { userApi } = useConsole();
  const [page, setPage] = usePage();
  const [loaded, reload] = useLoader(async (): Promise<Mine> => {
    const [items, requests] = await Promise.all([
      userApi.get<RequestableItem[]>(`${userRequestsPath}/requestable`),
      userApi.get<AccessRequest[]>(userRequestsPath, { first: page.first, max: page.max + 1 }),
    ]);
    return { items, requests };
  }, [userApi, page.first, page.max]);
  const [dialog, setDialog] = useState<Dialog>();
  const [notice, setNotice] = useState<string>();
  const close = (message?: string) => {
    setDialog(undefined);
    if (message) {
      setNotice(message);
      reload();
    }
  };
  return (
    <>
      <PageHeader title={t("myAccessTitle")} description={t("myAccessDescription")} />
      <PageSection>
        {notice && <Alert variant="success" isInline component="p" title={notice} className="pf-v5-u-mb-md" actionClose={<AlertActionCloseButton onClose={() => setNotice(undefined)} />} />}
        <LoadState loaded={loaded} onRetry={reload}>
          {({ items, requests }) => {
            const itemNames = Object.fromEntries(items.map((i) => [i.id, targetText(i)]));
            return (
              <Stack hasGutter>
                <Title headingLevel="h2">{t("requestableTitle")}</Title>
                {items.length === 0 ? (
                  <Empty title={t("requestableEmpty")} body={t("requestableEmptyBody")} />
                ) : (
                  <RequestableTable items={items} onRequest={(item) => setDialog({ kind: "request", item })} />
                )}
                <Title headingLevel="h2">{t("myRequestsTitle")}</Title>
                <ServerPagingToolbar page={page} onChange={setPage} rowsOnPage={requests.length} />
                {requests.length === 0 ? (
                  <Empty title={t("myRequestsEmpty")} />
                ) : (
                  <RequestsTable
                    label={t("myRequestsTitle")}
                    requests={requests.slice(0, page.max)}
                    items={itemNames}
                    actions={(request) =>
                      request.status === "pending" && (
                        <Button variant="link" isInline isDanger onClick={() => setDialog({ kind: "cancel", request, what: itemNames[request.itemId] ?? targetText(request) })} aria-label={t("cancelRequestOf", { what: itemNames[request.itemId] ?? targetText(request) })}>
                          {t("cancelRequest")}
                        </Button>
                      )
                    }
                  />
                )}
              </Stack>
            );
          }}
        </LoadState>
      </PageSection>
      {dialog?.kind === "request" && <RequestModal item={dialog.item} onDone={() => close(t("requestSent", { what: targetText(dialog.item) }))} onClose={() => close()} />}
      {dialog?.kind === "cancel" && (
        <ConfirmModal title={t("cancelRequestTitle", { what: dialog.what })} confirmLabel={t("cancelRequest")} danger onClose={() => setDialog(undefined)} onConfirm={async () => {
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
