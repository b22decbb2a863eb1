import { Button, PageSection, Tab, Tabs, TabTitleText } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { listAll } from "../api/listAll";
import { useConsole } from "../app/ConsoleContext";
import { t } from "../messages";
import { ApiErrorAlert } from "../shared/ApiErrorAlert";
import { ConfirmModal } from "../shared/ConfirmModal";
import { FilterSelect } from "../shared/FilterSelect";
import { Empty, LoadState } from "../shared/LoadState";
import { PageHeader } from "../shared/PageHeader";
import { ServerPagingToolbar, usePage } from "../shared/ServerPaging";
import { useLoader } from "../shared/useLoader";
import type { Solution } from "../solutions/types";
import { ItemModal } from "./ItemModal";
import { adminRequestsPath, approverTypeText, durationText, kindText, requestStatuses, statusText, targetText, type AccessRequest, type Item } from "./model";
import { RequestsTable } from "./RequestsTable";
import { reloadIfRefused } from "../shared/reloadIfRefused";

interface Names {
  solutions: Solution[];
  /** Solution and end-user group names by id, to show what an item gives. */
  names: Record<string, string>;
}

/** What users may request (the items and their policies) and every request of the realm. */
export function RequestsPage() {
  const { api } = useConsole();
  const [tab, setTab] = useState<string | number>("items");
  // Names for the ids items and requests carry: every solution and group of the realm, page by page.
  const [names] = useLoader(async (): Promise<Names> => {
    const [solutions, groups] = await Promise.all([
      listAll<Solution>(api, "/runtime-access/solutions"),
      listAll<{ id: string; name: string }>(api, "/runtime-access/groups"),
    ]);
    return { solutions, names: Object.fromEntries([...solutions, ...groups].map((x) => [x.id, x.name])) };
  }, [api]);
  const known = names.state === "ready" ? names.data : { solutions: [], names: {} };
  return (
    <>
      <PageHeader title={t("requestsTitle")} description={t("requestsDescription")} />
      {/* without the names the items show ids and the item dialog offers no solution: said, not silent */}
      {names.state === "error" && (
        <PageSection variant="light">
          <ApiErrorAlert error={names.error} reading />
        </PageSection>
      )}
      <PageSection variant="light" padding={{ default: "noPadding" }}>
        <Tabs activeKey={tab} onSelect={(_e, key) => setTab(key)} mountOnEnter unmountOnExit inset={{ default: "insetLg" }}>
          <Tab eventKey="items" title={<TabTitleText>{t("tabItems")}</TabTitleText>}>
            <PageSection>
              <ItemsTab known={known} />
            </PageSection>
          </Tab>
          <Tab eventKey="requests" title={<TabTitleText>{t("tabAllRequests")}</TabTitleText>}>
            <PageSection>
              <AllRequestsTab known={known} />
            </PageSection>
          </Tab>
        </Tabs>
      </PageSection>
    </>
  );
}

type Dialog = { kind: "edit"; item?: Item } | { kind: "delete"; item: Item } | undefined;

function ItemsTab({ known }: { known: Names }) {
  const { api, permissions } = useConsole();
  const [loaded, reload] = useLoader(() => api.get<Item[]>(`${adminRequestsPath}/items`), [api]);
  const [dialog, setDialog] = useState<Dialog>();
  const canManage = permissions.manageUsers;
  const done = () => {
    setDialog(undefined);
    reload();
  };
  const create = canManage && <Button onClick={() => setDialog({ kind: "edit" })}>{t("createItem")}</Button>;
  const requires = (item: Item) =>
    [item.justificationRequired && t("justification"), item.ticketRequired && t("ticket")].filter(Boolean).join(", ") || t("nothing");
  return (
    <>
      <LoadState loaded={loaded} onRetry={reload}>
        {(items) =>
          items.length === 0 ? (
            <Empty title={t("itemsEmpty")} body={t("itemsEmptyBody")} action={create || undefined} />
          ) : (
            <>
              {create && <div className="pf-v5-u-mb-md">{create}</div>}
              <Table aria-label={t("tabItems")} variant="compact">
                <Thead>
                  <Tr>
                    <Th modifier="wrap">{t("requestAccess")}</Th>
                    <Th modifier="wrap">{t("itemKind")}</Th>
                    <Th modifier="wrap">{t("maxDuration")}</Th>
                    <Th modifier="wrap">{t("approvers")}</Th>
                    <Th modifier="wrap">{t("requires")}</Th>
                    <Th modifier="wrap">{t("autoApproval")}</Th>
                    {canManage && <Th screenReaderText={t("actions")} />}
                  </Tr>
                </Thead>
                <Tbody>
                  {items.map((item) => {
                    const name = targetText(item, known.names);
                    return (
                      <Tr key={item.id} data-testid={`item-${name}`}>
                        <Td dataLabel={t("requestAccess")}>
                          {name}
                          {item.description && <div className="pf-v5-u-color-200">{targetText({ ...item, description: null }, known.names)}</div>}
                        </Td>
                        <Td dataLabel={t("itemKind")}>{kindText(item.kind)}</Td>
                        <Td dataLabel={t("maxDuration")}>{durationText(item.maxDuration)}</Td>
                        <Td dataLabel={t("approvers")}>{t("approversSummary", { type: approverTypeText(item.approvers.type), needed: item.approvalsNeeded })}</Td>
                        <Td dataLabel={t("requires")}>{requires(item)}</Td>
                        <Td dataLabel={t("autoApproval")}>
                          {item.autoApproval ? t("autoApprovalSummary", { confidence: item.autoApproval.minConfidence, risk: item.autoApproval.maxRisk }) : t("off")}
                        </Td>
                        {canManage && (
                          <Td isActionCell modifier="nowrap">
                            <Button variant="link" isInline onClick={() => setDialog({ kind: "edit", item })} aria-label={t("editItemOf", { name })}>
                              {t("edit")}
                            </Button>{" "}
                            <Button variant="link" isInline isDanger onClick={() => setDialog({ kind: "delete", item })} aria-label={t("deleteItemOf", { name })}>
                              {t("delete")}
                            </Button>
                          </Td>
                        )}
                      </Tr>
                    );
                  })}
                </Tbody>
              </Table>
            </>
          )
        }
      </LoadState>
      {dialog?.kind === "edit" && (
        <ItemModal item={dialog.item} solutions={known.solutions} groupNames={known.names} onDone={done} onClose={() => setDialog(undefined)} />
      )}
      {dialog?.kind === "delete" && (
        <ConfirmModal title={t("deleteItemTitle", { name: targetText(dialog.item, known.names) })} confirmLabel={t("delete")} danger onClose={reloadIfRefused(() => setDialog(undefined), reload)} onConfirm={async () => {
          await api.del(`${adminRequestsPath}/items/${encodeURIComponent(dialog.item.id)}`);
          reload();
        }}>
          {t("deleteItemBody")}
        </ConfirmModal>
      )}
    </>
  );
}

function AllRequestsTab({ known }: { known: Names }) {
  const { api } = useConsole();
  const [status, setStatus] = useState("");
  const [page, setPage] = usePage();
  const [loaded, reload] = useLoader(
    () => api.get<AccessRequest[]>(adminRequestsPath, { status, first: page.first, max: page.max + 1 }),
    [api, status, page.first, page.max],
  );
  return (
    <>
      <ServerPagingToolbar page={page} onChange={setPage} rowsOnPage={loaded.state === "ready" ? loaded.data.length : undefined}>
        <FilterSelect label={t("status")} value={status} onChange={(s) => { setStatus(s); setPage({ first: 0 }); }} all={t("allStatuses")} options={requestStatuses.map((s) => [s, statusText(s)])} />
      </ServerPagingToolbar>
      <LoadState loaded={loaded} onRetry={reload}>
        {(requests) =>
          requests.length === 0 ? (
            <Empty title={t("requestsEmpty")} />
          ) : (
            <RequestsTable label={t("tabAllRequests")} requests={requests.slice(0, page.max)} names={known.names} showRequester />
          )
        }
      </LoadState>
    </>
  );
}
