import { Button, Label, PageSection, Switch, Tab, Tabs, TabTitleText } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { Link } from "react-router-dom";
import { useConsole } from "../app/ConsoleContext";
import { t } from "../messages";
import { ApiErrorAlert } from "../shared/ApiErrorAlert";
import { ConfirmModal } from "../shared/ConfirmModal";
import { Empty, LoadState } from "../shared/LoadState";
import { PageHeader } from "../shared/PageHeader";
import { useLoader } from "../shared/useLoader";
import { useSubmit } from "../shared/useSubmit";
import { governancePath, type SodRule, type SodViolation } from "./model";
import { RuleModal } from "./RuleModal";
import { reloadIfRefused } from "../shared/reloadIfRefused";

const rulesPath = `${governancePath}/sod/rules`;

/** Separation-of-duties rules (create, edit, enable, delete) and the violations a scan finds now. */
export function SeparationPage() {
  const [tab, setTab] = useState<string | number>("rules");
  return (
    <>
      <PageHeader title={t("sodTitle")} description={t("sodDescription")} />
      <PageSection variant="light" padding={{ default: "noPadding" }}>
        <Tabs activeKey={tab} onSelect={(_e, key) => setTab(key)} mountOnEnter unmountOnExit inset={{ default: "insetLg" }}>
          <Tab eventKey="rules" title={<TabTitleText>{t("tabRules")}</TabTitleText>}>
            <PageSection>
              <RulesTab />
            </PageSection>
          </Tab>
          <Tab eventKey="violations" title={<TabTitleText>{t("tabViolations")}</TabTitleText>}>
            <PageSection>
              <ViolationsTab />
            </PageSection>
          </Tab>
        </Tabs>
      </PageSection>
    </>
  );
}

type Dialog = { kind: "edit"; rule?: SodRule } | { kind: "delete"; rule: SodRule } | undefined;

function RulesTab() {
  const { api, permissions } = useConsole();
  const [loaded, reload] = useLoader(() => api.get<SodRule[]>(rulesPath), [api]);
  const [dialog, setDialog] = useState<Dialog>();
  const toggle = useSubmit();
  const canManage = permissions.manageUsers;
  const done = () => {
    setDialog(undefined);
    reload();
  };
  const create = canManage && (
    <Button onClick={() => setDialog({ kind: "edit" })}>{t("createRule")}</Button>
  );
  const setEnabled = (rule: SodRule, enabled: boolean) => toggle.run(async () => {
    // only the switch: the rest of the rule as last read here would undo another admin's change saved meanwhile
    await api.put(`${rulesPath}/${encodeURIComponent(rule.id)}`, { enabled });
    reload();
  });
  return (
    <>
      <LoadState loaded={loaded} onRetry={reload}>
        {(rules) =>
          rules.length === 0 ? (
            <Empty title={t("rulesEmpty")} body={t("rulesEmptyBody")} action={create || undefined} />
          ) : (
            <>
              {create && <div className="pf-v5-u-mb-md">{create}</div>}
              <ApiErrorAlert error={toggle.error} />
              <Table aria-label={t("tabRules")} variant="compact">
                <Thead>
                  <Tr>
                    <Th>{t("ruleName")}</Th>
                    <Th>{t("ruleItems")}</Th>
                    <Th>{t("ruleScope")}</Th>
                    <Th>{t("ruleMode")}</Th>
                    <Th>{t("ruleEnabled")}</Th>
                    {canManage && <Th screenReaderText={t("actions")} />}
                  </Tr>
                </Thead>
                <Tbody>
                  {rules.map((rule) => (
                    <Tr key={rule.id} data-testid={`rule-${rule.name}`}>
                      <Td dataLabel={t("ruleName")}>
                        {rule.name}
                        {rule.description && <div className="pf-v5-u-color-200">{rule.description}</div>}
                      </Td>
                      <Td dataLabel={t("ruleItems")}>
                        {rule.itemKeys.join(" + ")}
                        {rule.unresolvedKeys && rule.unresolvedKeys.length > 0 && (
                          <div>
                            <Label color="orange" isCompact>{t("ruleUnresolved", { keys: rule.unresolvedKeys.join(", ") })}</Label>
                          </div>
                        )}
                      </Td>
                      <Td dataLabel={t("ruleScope")}>{rule.scope === "solution" ? t("scopeSolution") : t("scopeGlobal")}</Td>
                      <Td dataLabel={t("ruleMode")}>
                        <Label color={rule.mode === "prevent" ? "red" : "gold"} isCompact>
                          {rule.mode === "prevent" ? t("sodPrevent") : t("sodWarn")}
                        </Label>
                      </Td>
                      <Td dataLabel={t("ruleEnabled")}>
                        {canManage ? (
                          <Switch id={`enabled-${rule.id}`} aria-label={t("ruleEnabledOf", { name: rule.name })} isChecked={rule.enabled} isDisabled={toggle.busy} onChange={(_e, on) => void setEnabled(rule, on)} />
                        ) : rule.enabled ? (
                          t("yes")
                        ) : (
                          t("no")
                        )}
                      </Td>
                      {canManage && (
                        <Td isActionCell modifier="nowrap">
                          <Button variant="link" isInline onClick={() => setDialog({ kind: "edit", rule })} aria-label={t("editRuleOf", { name: rule.name })}>
                            {t("edit")}
                          </Button>{" "}
                          <Button variant="link" isInline isDanger onClick={() => setDialog({ kind: "delete", rule })} aria-label={t("deleteRuleOf", { name: rule.name })}>
                            {t("delete")}
                          </Button>
                        </Td>
                      )}
                    </Tr>
                  ))}
                </Tbody>
              </Table>
            </>
          )
        }
      </LoadState>
      {dialog?.kind === "edit" && <RuleModal rule={dialog.rule} onDone={done} onClose={() => setDialog(undefined)} />}
      {dialog?.kind === "delete" && (
        <ConfirmModal title={t("deleteRuleTitle", { name: dialog.rule.name })} confirmLabel={t("delete")} danger onClose={reloadIfRefused(() => setDialog(undefined), reload)} onConfirm={async () => {
          await api.del(`${rulesPath}/${encodeURIComponent(dialog.rule.id)}`);
          reload();
        }}>
          {t("deleteRuleBody")}
        </ConfirmModal>
      )}
    </>
  );
}

function ViolationsTab() {
  const { api, realm } = useConsole();
  const [loaded, reload] = useLoader(() => api.get<SodViolation[]>(`${governancePath}/sod/violations`), [api]);
  return (
    <LoadState loaded={loaded} onRetry={reload}>
      {(violations) =>
        violations.length === 0 ? (
          <Empty title={t("violationsEmpty")} body={t("violationsEmptyBody")} />
        ) : (
          <Table aria-label={t("tabViolations")} variant="compact">
            <Thead>
              <Tr>
                <Th>{t("user")}</Th>
                <Th>{t("ruleName")}</Th>
                <Th>{t("ruleItems")}</Th>
              </Tr>
            </Thead>
            <Tbody>
              {violations.map((v) => (
                <Tr key={`${v.ruleId}-${v.userId}`} data-testid={`violation-${v.ruleName}-${v.username}`}>
                  <Td dataLabel={t("user")}>
                    <Link to={`/${encodeURIComponent(realm)}/users/${encodeURIComponent(v.userId)}`}>{v.username}</Link>
                  </Td>
                  <Td dataLabel={t("ruleName")}>{v.ruleName}</Td>
                  <Td dataLabel={t("ruleItems")}>{v.itemKeys.join(" + ")}</Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )
      }
    </LoadState>
  );
}
