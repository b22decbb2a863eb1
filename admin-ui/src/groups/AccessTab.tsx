import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { Link } from "react-router-dom";
import type { Api } from "../api/client";
import { useConsole } from "../app/ConsoleContext";
import { t } from "../messages";
import { formatInstant } from "../shared/formatInstant";
import { Empty, LoadState } from "../shared/LoadState";
import { useLoader } from "../shared/useLoader";
import { grantSourceText } from "./grantSource";
import { groupPath, type Grant, type Group } from "./model";

interface NamedGrant extends Grant {
  solutionName: string;
}

/** A grant names its solution by id; a group holds few grants, so each distinct solution is read once for its name. */
async function loadAccess(api: Api, group: Group): Promise<NamedGrant[]> {
  const grants = await api.get<Grant[]>(`${groupPath(group.id)}/access`);
  const ids = [...new Set(grants.map((grant) => grant.solutionId))];
  const names = new Map<string, string>();
  await Promise.all(
    ids.map((id) =>
      api.get<{ name: string }>(`/runtime-access/solutions/${encodeURIComponent(id)}`).then(
        (solution) => names.set(id, solution.name),
        () => names.set(id, id),
      ),
    ),
  );
  return grants
    .map((grant) => ({ ...grant, solutionName: names.get(grant.solutionId) ?? grant.solutionId }))
    .sort((a, b) => a.solutionName.localeCompare(b.solutionName) || a.role.localeCompare(b.role));
}

/** The group's grants on every solution. */
export function AccessTab({ group }: { group: Group }) {
  const { api, realm } = useConsole();
  const [loaded, reload] = useLoader(() => loadAccess(api, group), [api, group.id]);
  return (
    <LoadState loaded={loaded} onRetry={reload}>
      {(grants) =>
        grants.length === 0 ? (
          <Empty title={t("groupAccessEmpty")} body={t("groupAccessEmptyBody")} />
        ) : (
          <Table aria-label={t("tabSolutionAccess")} variant="compact">
            <Thead>
              <Tr>
                <Th>{t("solution")}</Th>
                <Th>{t("role")}</Th>
                <Th>{t("expires")}</Th>
                <Th>{t("source")}</Th>
              </Tr>
            </Thead>
            <Tbody>
              {grants.map((grant) => (
                <Tr key={grant.id} data-testid={`row-${grant.solutionName}-${grant.role}`}>
                  <Td dataLabel={t("solution")}>
                    <Link to={`/${encodeURIComponent(realm)}/solutions/${encodeURIComponent(grant.solutionId)}`}>{grant.solutionName}</Link>
                  </Td>
                  <Td dataLabel={t("role")}>{grant.role}</Td>
                  <Td dataLabel={t("expires")}>{grant.expiresAt ? formatInstant(grant.expiresAt) : t("never")}</Td>
                  <Td dataLabel={t("source")}>{grantSourceText(grant.source)}</Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )
      }
    </LoadState>
  );
}
