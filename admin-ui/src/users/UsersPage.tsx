import { Label, PageSection } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { Link } from "react-router-dom";
import { useConsole } from "../app/ConsoleContext";
import { t } from "../messages";
import { Empty, LoadState } from "../shared/LoadState";
import { PageHeader } from "../shared/PageHeader";
import { ServerPagingToolbar, usePage } from "../shared/ServerPaging";
import { useLoader } from "../shared/useLoader";

interface UserBrief {
  id: string;
  username: string;
  email?: string;
  firstName?: string;
  lastName?: string;
  enabled?: boolean;
}

/**
 * Keycloak's own user search. As Keycloak's console does for large realms, nothing is listed until the admin
 * searches, so opening the page never pages through every user.
 */
export function UsersPage() {
  const { api, realm } = useConsole();
  const [page, setPage] = usePage();
  const searched = page.search !== "";
  const [loaded, reload] = useLoader(
    async () =>
      searched
        ? api.get<UserBrief[]>("/users", { search: page.search, first: page.first, max: page.max + 1, briefRepresentation: true })
        : [],
    [api, page],
  );
  return (
    <>
      <PageHeader title={t("usersTitle")} description={t("usersDescription")} />
      <PageSection>
        <ServerPagingToolbar page={page} onChange={setPage} rowsOnPage={loaded.state === "ready" ? loaded.data.length : undefined} searchLabel={t("searchUsers")} />
        {!searched ? (
          <Empty title={t("usersSearchFirst")} body={t("usersSearchFirstBody")} />
        ) : (
          <LoadState loaded={loaded} onRetry={reload}>
            {(users) =>
              users.length === 0 ? (
                <Empty title={t("usersNoResults")} />
              ) : (
                <Table aria-label={t("usersTitle")} variant="compact">
                  <Thead>
                    <Tr>
                      <Th>{t("username")}</Th>
                      <Th>{t("email")}</Th>
                      <Th>{t("fullName")}</Th>
                    </Tr>
                  </Thead>
                  <Tbody>
                    {users.slice(0, page.max).map((user) => (
                      <Tr key={user.id} data-testid={`row-${user.username}`}>
                        <Td dataLabel={t("username")}>
                          <Link to={`/${encodeURIComponent(realm)}/users/${encodeURIComponent(user.id)}`}>{user.username}</Link>{" "}
                          {user.enabled === false && <Label isCompact color="grey">{t("disabled")}</Label>}
                        </Td>
                        <Td dataLabel={t("email")}>{user.email}</Td>
                        <Td dataLabel={t("fullName")}>{[user.firstName, user.lastName].filter(Boolean).join(" ")}</Td>
                      </Tr>
                    ))}
                  </Tbody>
                </Table>
              )
            }
          </LoadState>
        )}
      </PageSection>
    </>
  );
}
