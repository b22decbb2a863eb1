import { Button, ToolbarItem } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { useConsole } from "../app/ConsoleContext";
import { t } from "../messages";
import { ConfirmModal } from "../shared/ConfirmModal";
import { formatInstant } from "../shared/formatInstant";
import { Empty, LoadState } from "../shared/LoadState";
import { ServerPagingToolbar, usePage } from "../shared/ServerPaging";
import { useLoader } from "../shared/useLoader";
import { AddMemberModal, BulkAddModal } from "./MemberModals";
import { groupPath, type Group, type Member } from "./model";
import { reloadIfRefused } from "../shared/reloadIfRefused";

/**
 * Admin-added members stay until an admin removes them; synced ones follow the identity provider's claim; an
 * approved access request's membership ends with the request.
 */
export function memberSourceText(source: string): string {
  return source === "identity_provider" ? t("sourceIdentityProvider") : source === "request" ? t("sourceRequest") : t("sourceAdmin");
}

export function MembersTab({ group }: { group: Group }) {
  const { api, permissions } = useConsole();
  const [page, setPage] = usePage();
  const [modal, setModal] = useState<"one" | "many" | null>(null);
  const [removing, setRemoving] = useState<Member | null>(null);
  const membersPath = `${groupPath(group.id)}/members`;
  const [loaded, reload] = useLoader(
    () => api.get<Member[]>(membersPath, { search: page.search, first: page.first, max: page.max + 1 }),
    [api, membersPath, page],
  );
  const canChange = permissions.manageUsers;
  const closeModal = (changed: boolean) => {
    setModal(null);
    if (changed) reload();
  };
  return (
    <>
      <ServerPagingToolbar page={page} onChange={setPage} rowsOnPage={loaded.state === "ready" ? loaded.data.length : undefined} searchLabel={t("searchMembers")}>
        {canChange && (
          <>
            <ToolbarItem>
              <Button variant="primary" onClick={() => setModal("one")}>
                {t("addMember")}
              </Button>
            </ToolbarItem>
            <ToolbarItem>
              <Button variant="secondary" onClick={() => setModal("many")}>
                {t("addMembers")}
              </Button>
            </ToolbarItem>
          </>
        )}
      </ServerPagingToolbar>
      <LoadState loaded={loaded} onRetry={reload}>
        {(members) =>
          members.length === 0 ? (
            <Empty title={page.search ? t("noResults") : t("membersEmpty")} />
          ) : (
            <Table aria-label={t("members")} variant="compact">
              <Thead>
                <Tr>
                  <Th>{t("username")}</Th>
                  <Th>{t("memberSource")}</Th>
                  <Th>{t("addedAt")}</Th>
                  {canChange && <Th screenReaderText={t("actions")} />}
                </Tr>
              </Thead>
              <Tbody>
                {members.slice(0, page.max).map((member) => (
                  <Tr key={`${member.userId}:${member.source}`} data-testid={`row-${member.username ?? member.userId}`}>
                    <Td dataLabel={t("username")}>{member.username ?? member.userId}</Td>
                    <Td dataLabel={t("memberSource")}>{memberSourceText(member.source)}</Td>
                    <Td dataLabel={t("addedAt")}>{formatInstant(member.addedAt)}</Td>
                    {canChange && (
                      <Td isActionCell>
                        <Button variant="link" isInline onClick={() => setRemoving(member)} aria-label={t("removeMemberNamed", { username: member.username ?? member.userId })}>
                          {t("remove")}
                        </Button>
                      </Td>
                    )}
                  </Tr>
                ))}
              </Tbody>
            </Table>
          )
        }
      </LoadState>
      {modal === "one" && <AddMemberModal group={group} onClose={closeModal} />}
      {modal === "many" && <BulkAddModal group={group} onClose={closeModal} />}
      {removing && (
        <ConfirmModal
          title={t("removeMemberTitle", { username: removing.username ?? removing.userId, group: group.name })}
          confirmLabel={t("remove")}
          danger
          onConfirm={async () => {
            await api.del(`${membersPath}/${encodeURIComponent(removing.userId)}`);
            reload();
          }}
          onClose={reloadIfRefused(() => setRemoving(null), reload)}
        >
          {t("removeMemberBody", { sources: (loaded.state === "ready" ? loaded.data : []).filter((m) => m.userId === removing.userId).map((m) => memberSourceText(m.source)).join(", ") })}
        </ConfirmModal>
      )}
    </>
  );
}
