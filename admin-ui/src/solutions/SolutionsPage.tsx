import { Button, PageSection } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { Link, useNavigate } from "react-router-dom";
import { useConsole } from "../app/ConsoleContext";
import { t } from "../messages";
import { FormFieldsModal } from "../shared/FormFieldsModal";
import { Empty, LoadState } from "../shared/LoadState";
import { PageHeader } from "../shared/PageHeader";
import { ServerPagingToolbar, usePage } from "../shared/ServerPaging";
import { useLoader } from "../shared/useLoader";
import { activeBuild, type Solution } from "./types";

/** The realm's solutions, paged and searched on the server, with the Active Policy of each. */
export function SolutionsPage() {
  const { api, realm, permissions } = useConsole();
  const navigate = useNavigate();
  const [page, setPage] = usePage();
  const [creating, setCreating] = useState(false);
  const [loaded, reload] = useLoader(
    () => api.get<Solution[]>("/runtime-access/solutions", { search: page.search, first: page.first, max: page.max + 1 }),
    [api, page],
  );
  const base = `/${encodeURIComponent(realm)}/solutions`;
  const createButton = permissions.manageUsers && (
    <Button onClick={() => setCreating(true)}>{t("createSolution")}</Button>
  );
  // The toolbar stays mounted while a new page loads, so the search box keeps its focus.
  const showEmpty = loaded.state === "ready" && loaded.data.length === 0 && page.search === "" && page.first === 0;
  return (
    <>
      <PageHeader title={t("solutionsTitle")} description={t("solutionsDescription")} actions={createButton} />
      <PageSection>
        {!showEmpty && (
          <ServerPagingToolbar
            page={page}
            onChange={setPage}
            rowsOnPage={loaded.state === "ready" ? loaded.data.length : 0}
            searchLabel={t("solutionsSearch")}
          />
        )}
        <LoadState loaded={loaded} onRetry={reload}>
          {(solutions) =>
            showEmpty ? (
              <Empty title={t("solutionsEmpty")} body={t("solutionsEmptyBody")} action={createButton} />
            ) : solutions.length === 0 ? (
              <Empty title={t("noResults")} />
            ) : (
              <SolutionsTable solutions={solutions.slice(0, page.max)} base={base} />
            )
          }
        </LoadState>
      </PageSection>
      {creating && (
        <FormFieldsModal
          title={t("createSolution")}
          submitLabel={t("create")}
          fields={[{ name: "name", label: t("solutionName"), required: true }]}
          onSubmit={async (values) => {
            const created = await api.post<Solution>("/runtime-access/solutions", { name: values.name });
            navigate(`${base}/${encodeURIComponent(created.id)}`);
          }}
          onClose={() => setCreating(false)}
        />
      )}
    </>
  );
}

function SolutionsTable({ solutions, base }: { solutions: Solution[]; base: string }) {
  return (
    <Table aria-label={t("solutionsTitle")} variant="compact">
      <Thead>
        <Tr>
          <Th>{t("solutionName")}</Th>
          <Th>{t("activePolicy")}</Th>
          <Th>{t("builds")}</Th>
        </Tr>
      </Thead>
      <Tbody>
        {solutions.map((solution) => (
          <Tr key={solution.id} data-testid={`row-${solution.name}`}>
            <Td dataLabel={t("solutionName")}>
              <Link to={`${base}/${encodeURIComponent(solution.id)}`}>{solution.name}</Link>
            </Td>
            <Td dataLabel={t("activePolicy")}>{activeBuild(solution)?.name ?? t("noActivePolicy")}</Td>
            <Td dataLabel={t("builds")}>{solution.builds?.length ?? 0}</Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
}
