import { Alert, Button, Card, CardBody, Label, LabelGroup, PageSection, Progress } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { useConsole } from "../app/ConsoleContext";
import { t } from "../messages";
import { FormFieldsModal } from "../shared/FormFieldsModal";
import { Empty, LoadState } from "../shared/LoadState";
import { PageHeader } from "../shared/PageHeader";
import { useLoader } from "../shared/useLoader";
import { governancePath } from "./model";

interface Template {
  id: string;
  solutionId: string;
  solutionName: string;
  roles: string[];
  users: number;
  grantsReplaced: number;
}
interface Mining {
  templates: Template[];
  coverage: { directGrants: number; covered: number; ratio: number };
}
interface Applied {
  role: { name: string };
  solutionId: string;
  buildId: string;
}

/** Role templates mined from the direct grants, with their coverage; an admin turns one into a runtime role. */
export function RoleMiningPage() {
  const { api, permissions } = useConsole();
  const [loaded, reload] = useLoader(() => api.get<Mining>(`${governancePath}/role-mining`), [api]);
  const [applying, setApplying] = useState<Template>();
  const [created, setCreated] = useState<string>();
  return (
    <>
      <PageHeader title={t("miningTitle")} description={t("miningDescription")} />
      <PageSection>
        {created && <Alert variant="success" isInline isLiveRegion title={created} className="pf-v5-u-mb-md" />}
        <LoadState loaded={loaded} onRetry={reload}>
          {({ templates, coverage }) => (
            <>
              <Card className="pf-v5-u-mb-md">
                <CardBody>
                  <Progress
                    title={t("coverage")}
                    value={Math.round(coverage.ratio * 100)}
                    label={t("coverageText", { covered: coverage.covered, direct: coverage.directGrants, ratio: `${Math.round(coverage.ratio * 100)} %` })}
                  />
                </CardBody>
              </Card>
              {templates.length === 0 ? (
                <Empty title={t("templatesEmpty")} body={t("templatesEmptyBody")} />
              ) : (
                <Table aria-label={t("miningTitle")} variant="compact">
                  <Thead>
                    <Tr>
                      <Th>{t("solution")}</Th>
                      <Th>{t("templateRoles")}</Th>
                      <Th>{t("templateUsers")}</Th>
                      <Th>{t("grantsReplaced")}</Th>
                      {permissions.manageUsers && <Th screenReaderText={t("actions")} />}
                    </Tr>
                  </Thead>
                  <Tbody>
                    {templates.map((template) => (
                      <Tr key={template.id} data-testid={`template-${template.id}`}>
                        <Td dataLabel={t("solution")}>{template.solutionName}</Td>
                        <Td dataLabel={t("templateRoles")}>
                          <LabelGroup numLabels={8}>
                            {template.roles.map((role) => (
                              <Label key={role} isCompact>
                                {role}
                              </Label>
                            ))}
                          </LabelGroup>
                        </Td>
                        <Td dataLabel={t("templateUsers")}>{template.users}</Td>
                        <Td dataLabel={t("grantsReplaced")}>{template.grantsReplaced}</Td>
                        {permissions.manageUsers && (
                          <Td isActionCell>
                            <Button variant="secondary" size="sm" onClick={() => setApplying(template)} aria-label={t("createRoleFrom", { roles: template.roles.join(" + ") })}>
                              {t("createRole")}
                            </Button>
                          </Td>
                        )}
                      </Tr>
                    ))}
                  </Tbody>
                </Table>
              )}
            </>
          )}
        </LoadState>
      </PageSection>
      {applying && (
        <FormFieldsModal
          title={t("createRoleTitle")}
          fields={[
            { name: "roleName", label: t("templateRoleName"), required: true },
            { name: "description", label: t("roleDescription"), multiline: true },
          ]}
          submitLabel={t("create")}
          onClose={() => setApplying(undefined)}
          onSubmit={async (values) => {
            const answer = await api.post<Applied>(`${governancePath}/role-mining/${encodeURIComponent(applying.id)}/apply`, values);
            setCreated(t("roleCreated", { role: answer.role.name, solution: applying.solutionName }));
          }}
        />
      )}
    </>
  );
}
