import { Button, PageSection } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { useConsole } from "../app/ConsoleContext";
import { t } from "../messages";
import { FormFieldsModal } from "../shared/FormFieldsModal";
import { Empty } from "../shared/LoadState";
import { ServerList } from "../shared/ServerList";
import { PageHeader } from "../shared/PageHeader";
import { usePage } from "../shared/ServerPaging";
import { useLoader } from "../shared/useLoader";
import { DeleteRoleModal } from "./DeleteRoleModal";
import type { RuntimeRole } from "./types";
import { reloadIfRefused } from "../shared/reloadIfRefused";

/** The realm's runtime role catalog, paged and searched on the server. */
export function RolesPage() {
  const { api, permissions } = useConsole();
  const [page, setPage] = usePage();
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<RuntimeRole>();
  const [loaded, reload] = useLoader(
    () => api.get<RuntimeRole[]>("/runtime-access/roles", { search: page.search, first: page.first, max: page.max + 1 }),
    [api, page],
  );
  const manage = permissions.manageUsers;
  const createButton = manage && <Button onClick={() => setCreating(true)}>{t("createRole")}</Button>;
  return (
    <>
      <PageHeader title={t("rolesTitle")} description={t("rolesDescription")} actions={createButton} />
      <PageSection>
        <ServerList
          loaded={loaded}
          onRetry={reload}
          page={page}
          onPageChange={setPage}
          searchLabel={t("rolesSearch")}
          empty={<Empty title={t("rolesEmpty")} body={t("rolesEmptyBody")} action={createButton} />}
        >
          {(roles) => (
            <Table aria-label={t("rolesTitle")} variant="compact">
              <Thead>
                <Tr>
                  <Th>{t("roleName")}</Th>
                  <Th>{t("roleDescription")}</Th>
                  {manage && <Th screenReaderText={t("actions")} />}
                </Tr>
              </Thead>
              <Tbody>
                {roles.map((role) => (
                  <Tr key={role.id ?? role.name} data-testid={`row-${role.name}`}>
                    <Td dataLabel={t("roleName")}>{role.name}</Td>
                    <Td dataLabel={t("roleDescription")}>{role.description ?? ""}</Td>
                    {manage && (
                      <Td isActionCell>
                        <Button variant="link" isDanger aria-label={t("deleteRoleLabel", { role: role.name })} onClick={() => setDeleting(role)}>
                          {t("delete")}
                        </Button>
                      </Td>
                    )}
                  </Tr>
                ))}
              </Tbody>
            </Table>
          )}
        </ServerList>
      </PageSection>
      {creating && (
        <FormFieldsModal
          title={t("createRole")}
          submitLabel={t("create")}
          fields={[
            { name: "name", label: t("roleName"), required: true },
            { name: "description", label: t("roleDescription"), multiline: true },
          ]}
          onSubmit={async (values) => {
            await api.post("/runtime-access/roles", values);
            reload();
          }}
          onClose={() => setCreating(false)}
        />
      )}
      {deleting && <DeleteRoleModal role={deleting} onClose={reloadIfRefused(() => setDeleting(undefined), reload)} onDeleted={reload} />}
    </>
  );
}
