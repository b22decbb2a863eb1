import { Button, Label, ToolbarItem } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { useConsole } from "../app/ConsoleContext";
import { grantSourceText } from "../groups/grantSource";
import { t } from "../messages";
import { ConfirmModal } from "../shared/ConfirmModal";
import { formatInstant } from "../shared/formatInstant";
import { Empty, LoadState } from "../shared/LoadState";
import { ServerPagingToolbar, usePage } from "../shared/ServerPaging";
import { useLoader } from "../shared/useLoader";
import { ShareModal } from "./ShareModal";
import type { Grant, Share, Solution } from "./types";
import { reloadIfRefused } from "../shared/reloadIfRefused";

/** Who the solution is shared with (users and end-user groups, each with one role), paged on the server. */
export function ShareTab({ solution }: { solution: Solution }) {
  const { api, permissions } = useConsole();
  const [page, setPage] = usePage();
  const [sharing, setSharing] = useState(false);
  const [removing, setRemoving] = useState<Grant>();
  const path = `/runtime-access/solutions/${encodeURIComponent(solution.id)}`;
  const [loaded, reload] = useLoader(
    () => api.get<Share>(`${path}/share`, { search: page.search, first: page.first, max: page.max + 1 }),
    [api, path, page],
  );
  const manage = permissions.manageUsers;
  // the dialog needs the loaded share (its roles and grants): until then the button waits
  const shareButton = manage && (
    <Button onClick={() => setSharing(true)} isDisabled={loaded.state !== "ready"}>
      {t("share")}
    </Button>
  );
  // The toolbar stays mounted while a new page loads, so the search box keeps its focus.
  const showEmpty = loaded.state === "ready" && loaded.data.grants.length === 0 && page.search === "" && page.first === 0;
  return (
    <>
      {!showEmpty && (
        <ServerPagingToolbar
          page={page}
          onChange={setPage}
          rowsOnPage={loaded.state === "ready" ? loaded.data.grants.length : undefined}
          searchLabel={t("shareSearch")}
        >
          {shareButton && <ToolbarItem>{shareButton}</ToolbarItem>}
        </ServerPagingToolbar>
      )}
      <LoadState loaded={loaded} onRetry={reload}>
        {(share) => (
          <>
            {showEmpty ? (
              <Empty title={t("shareEmpty")} action={shareButton} />
            ) : share.grants.length === 0 ? (
              <Empty title={t("noResults")} />
            ) : (
              <GrantsTable grants={share.grants.slice(0, page.max)} onRemove={manage ? setRemoving : undefined} />
            )}
            {sharing && <ShareModal solution={solution} share={share} onClose={() => setSharing(false)} onShared={reload} />}
          </>
        )}
      </LoadState>
      {removing && (
        <ConfirmModal
          title={t("removeEntryConfirm", { role: removing.role, principal: nameOf(removing) })}
          confirmLabel={t("remove")}
          danger
          onConfirm={async () => {
            await api.del(`${path}/grants/${encodeURIComponent(removing.id)}`);
            reload();
          }}
          onClose={reloadIfRefused(() => setRemoving(undefined), reload)}
        />
      )}
    </>
  );
}

function nameOf(grant: Grant): string {
  return grant.principal.name ?? grant.principal.id;
}

function GrantsTable({ grants, onRemove }: { grants: Grant[]; onRemove?: (grant: Grant) => void }) {
  return (
    <Table aria-label={t("shareTitle")} variant="compact">
      <Thead>
        <Tr>
          <Th>{t("principal")}</Th>
          <Th>{t("principalType")}</Th>
          <Th>{t("role")}</Th>
          <Th>{t("source")}</Th>
          <Th>{t("expires")}</Th>
          <Th>{t("grantedBy")}</Th>
          {onRemove && <Th screenReaderText={t("actions")} />}
        </Tr>
      </Thead>
      <Tbody>
        {grants.map((grant) => (
          <Tr key={grant.id} data-testid={`row-${nameOf(grant)}-${grant.role}`}>
            <Td dataLabel={t("principal")}>{nameOf(grant)}</Td>
            <Td dataLabel={t("principalType")}>
              <Label isCompact color={grant.principal.type === "group" ? "purple" : "blue"}>
                {t(grant.principal.type === "group" ? "typeGroup" : "typeUser")}
              </Label>
            </Td>
            <Td dataLabel={t("role")}>{grant.role}</Td>
            <Td dataLabel={t("source")}>{grantSourceText(grant.source)}</Td>
            <Td dataLabel={t("expires")}>{grant.expiresAt ? formatInstant(grant.expiresAt) : t("never")}</Td>
            <Td dataLabel={t("grantedBy")}>{grant.grantedByUsername ?? grant.grantedBy ?? ""}</Td>
            {onRemove && (
              <Td isActionCell>
                <Button variant="link" isDanger aria-label={t("removeEntryLabel", { role: grant.role, principal: nameOf(grant) })} onClick={() => onRemove(grant)}>
                  {t("remove")}
                </Button>
              </Td>
            )}
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
}
