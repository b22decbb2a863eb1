import { Alert, Button, FormSelect, FormSelectOption, Label, PageSection, ToolbarItem } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { Link, useNavigate } from "react-router-dom";
import { useConsole } from "../app/ConsoleContext";
import { t } from "../messages";
import { Empty, LoadState } from "../shared/LoadState";
import { PageHeader } from "../shared/PageHeader";
import { ServerPagingToolbar, usePage } from "../shared/ServerPaging";
import { useLoader } from "../shared/useLoader";
import { CreateGroupModal } from "./CreateGroupModal";
import { groupsPath, type Group } from "./model";

type ArchivedFilter = "all" | "active" | "archived";

/** The `archived` query parameter: absent lists every group. */
const archivedParam: Record<ArchivedFilter, boolean | undefined> = { all: undefined, active: false, archived: true };

/** The realm's end-user groups, paged and searched on the server, with the archived filter. */
export function GroupsPage() {
  const { api, realm, permissions } = useConsole();
  const navigate = useNavigate();
  const [page, setPage] = usePage();
  const [archived, setArchived] = useState<ArchivedFilter>("all");
  const [creating, setCreating] = useState(false);
  const [loaded, reload] = useLoader(
    () => api.get<Group[]>(groupsPath, { search: page.search, first: page.first, max: page.max + 1, archived: archivedParam[archived] }),
    [api, page, archived],
  );
  const createButton = permissions.manageUsers && (
    <Button variant="primary" onClick={() => setCreating(true)}>
      {t("createGroup")}
    </Button>
  );
  const filtered = page.search !== "" || archived !== "all";
  return (
    <>
      <PageHeader title={t("groupsTitle")} description={t("groupsDescription")} actions={createButton} />
      <PageSection>
        {!permissions.manageUsers && <Alert variant="info" isInline isPlain title={t("viewOnly")} />}
        <ServerPagingToolbar
          page={page}
          onChange={setPage}
          rowsOnPage={loaded.state === "ready" ? loaded.data.length : 0}
          searchLabel={t("searchGroups")}
        >
          <ToolbarItem>
            <FormSelect
              aria-label={t("showArchived")}
              style={{ minWidth: "11rem" }}
              value={archived}
              onChange={(_e, value) => {
                setArchived(value as ArchivedFilter);
                setPage({ first: 0 });
              }}
            >
              <FormSelectOption value="all" label={t("archivedAll")} />
              <FormSelectOption value="active" label={t("activeOnly")} />
              <FormSelectOption value="archived" label={t("archivedOnly")} />
            </FormSelect>
          </ToolbarItem>
        </ServerPagingToolbar>
        <LoadState loaded={loaded} onRetry={reload}>
          {(groups) =>
            groups.length === 0 ? (
              filtered ? (
                <Empty title={t("groupsNoResults")} />
              ) : (
                <Empty title={t("groupsEmpty")} body={t("groupsEmptyBody")} action={createButton} />
              )
            ) : (
              <Table aria-label={t("groupsTitle")} variant="compact">
                <Thead>
                  <Tr>
                    <Th>{t("groupName")}</Th>
                    <Th>{t("groupDescription")}</Th>
                    <Th>{t("memberCount")}</Th>
                  </Tr>
                </Thead>
                <Tbody>
                  {groups.slice(0, page.max).map((group) => (
                    <Tr key={group.id} data-testid={`row-${group.name}`}>
                      <Td dataLabel={t("groupName")}>
                        <Link to={`/${encodeURIComponent(realm)}/groups/${encodeURIComponent(group.id)}`}>{group.name}</Link>{" "}
                        {group.archived && <Label isCompact>{t("groupArchivedLabel")}</Label>}
                      </Td>
                      <Td dataLabel={t("groupDescription")}>{group.description}</Td>
                      <Td dataLabel={t("memberCount")}>{group.memberCount ?? 0}</Td>
                    </Tr>
                  ))}
                </Tbody>
              </Table>
            )
          }
        </LoadState>
      </PageSection>
      {creating && (
        <CreateGroupModal
          onClose={() => setCreating(false)}
          onCreated={(group) => navigate(`/${encodeURIComponent(realm)}/groups/${encodeURIComponent(group.id)}`)}
        />
      )}
    </>
  );
}
