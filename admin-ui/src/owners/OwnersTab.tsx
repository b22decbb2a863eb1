import { Button, Toolbar, ToolbarContent, ToolbarItem } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { useConsole } from "../app/ConsoleContext";
import { t } from "../messages";
import { AddUserModal } from "../shared/AddUserModal";
import { ConfirmModal } from "../shared/ConfirmModal";
import { formatInstant } from "../shared/formatInstant";
import { Empty, LoadState } from "../shared/LoadState";
import { useLoader } from "../shared/useLoader";
import { reloadIfRefused } from "../shared/reloadIfRefused";

/** A user who owns a solution or an end-user group (docs/api.md, Representations.Owner). */
export interface Owner {
  userId: string;
  username?: string;
  addedAt?: string;
}

/**
 * The owners of a solution or an end-user group: the users who answer for it and review its access in campaigns
 * with owner reviewers. `path` is the object's API path (`/runtime-access/solutions/{id}`), `name` its name.
 */
export function OwnersTab({ path, name }: { path: string; name: string }) {
  const { api, permissions } = useConsole();
  const ownersPath = `${path}/owners`;
  const [loaded, reload] = useLoader(() => api.get<Owner[]>(ownersPath), [api, ownersPath]);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<Owner | null>(null);
  const canChange = permissions.manageUsers;
  const shown = (owner: Owner) => owner.username ?? owner.userId;
  return (
    <>
      {canChange && (
        <Toolbar>
          <ToolbarContent>
            <ToolbarItem>
              <Button variant="primary" onClick={() => setAdding(true)}>
                {t("addOwner")}
              </Button>
            </ToolbarItem>
          </ToolbarContent>
        </Toolbar>
      )}
      <LoadState loaded={loaded} onRetry={reload}>
        {(owners) =>
          owners.length === 0 ? (
            <Empty title={t("ownersEmpty")} body={t("ownersEmptyBody")} />
          ) : (
            <Table aria-label={t("owners")} variant="compact">
              <Thead>
                <Tr>
                  <Th>{t("username")}</Th>
                  <Th>{t("addedAt")}</Th>
                  {canChange && <Th screenReaderText={t("actions")} />}
                </Tr>
              </Thead>
              <Tbody>
                {owners.map((owner) => (
                  <Tr key={owner.userId} data-testid={`owner-${shown(owner)}`}>
                    <Td dataLabel={t("username")}>{shown(owner)}</Td>
                    <Td dataLabel={t("addedAt")}>{formatInstant(owner.addedAt)}</Td>
                    {canChange && (
                      <Td isActionCell>
                        <Button variant="link" isInline onClick={() => setRemoving(owner)} aria-label={t("removeOwnerNamed", { username: shown(owner) })}>
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
      {adding && (
        <AddOwnerModal
          ownersPath={ownersPath}
          onClose={(changed) => {
            setAdding(false);
            if (changed) reload();
          }}
        />
      )}
      {removing && (
        <ConfirmModal
          title={t("removeOwnerTitle", { username: shown(removing), name })}
          confirmLabel={t("remove")}
          danger
          onConfirm={async () => {
            await api.del(`${ownersPath}/${encodeURIComponent(removing.userId)}`);
            reload();
          }}
          onClose={reloadIfRefused(() => setRemoving(null), reload)}
        >
          {t("removeOwnerBody")}
        </ConfirmModal>
      )}
    </>
  );
}

/** Adds one owner, named by username or email; `onClose(true)` when the list changed. */
function AddOwnerModal({ ownersPath, onClose }: { ownersPath: string; onClose: (changed: boolean) => void }) {
  return (
    <AddUserModal path={ownersPath} title={t("addOwner")} label={t("ownerUsername")} fieldId="owner-username"
      onClose={onClose} />
  );
}
