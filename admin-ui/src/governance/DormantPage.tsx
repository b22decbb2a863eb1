import { Label, PageSection, Tab, Tabs, TabTitleText, Text, TextContent, Title } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState, type ReactNode } from "react";
import { Link } from "react-router-dom";
import { useConsole } from "../app/ConsoleContext";
import { t, type MessageKey } from "../messages";
import { formatInstant } from "../shared/formatInstant";
import { Empty, LoadState } from "../shared/LoadState";
import { PageHeader } from "../shared/PageHeader";
import { useLoader } from "../shared/useLoader";
import { governancePath, type AccessItem } from "./model";

interface DormantReport {
  dormantDays: number;
  accounts: { userId: string; username: string; enabled: boolean; lastSignIn: string | null; daysSinceSignIn: number | null; privileged: boolean }[];
}
interface UnusedReport {
  unusedDays: number;
  grants: { userId: string; username: string; item: AccessItem; viaGroup: string | null; lastUsed: string | null; daysUnused: number | null; privileged: boolean }[];
  disabledUsers: { userId: string; username: string; item: AccessItem }[];
}
interface ReconciliationReport {
  orphanedFederatedUsers: { userId: string; username: string }[];
  unmatchedIdentityProviderGroups: { userId: string; username: string; group: string }[];
  inactivePolicyGrants: { grantId: string; solutionId: string; solutionName: string; role: string; principal: Principal }[];
  emptyGroups: { groupId: string; name: string }[];
}

/** Who a grant is to: `{type, id, name}`; the name is null once the user or group is gone, and the id shows instead. */
type Principal = { type: string; id: string; name?: string | null } | string;

function principalText(principal: Principal): string {
  return typeof principal === "string" ? principal : `${principal.type === "group" ? t("typeGroup") : t("typeUser")} ${principal.name ?? principal.id}`;
}

/** The three read-only reports: dormant accounts, unused grants with disabled users' access, and reconciliation. */
export function DormantPage() {
  const [tab, setTab] = useState<string | number>("dormant");
  return (
    <>
      <PageHeader title={t("dormantTitle")} description={t("dormantDescription")} />
      <PageSection variant="light" padding={{ default: "noPadding" }}>
        <Tabs activeKey={tab} onSelect={(_e, key) => setTab(key)} mountOnEnter unmountOnExit inset={{ default: "insetLg" }}>
          <Tab eventKey="dormant" title={<TabTitleText>{t("tabDormant")}</TabTitleText>}>
            <PageSection>
              <DormantTab />
            </PageSection>
          </Tab>
          <Tab eventKey="unused" title={<TabTitleText>{t("tabUnused")}</TabTitleText>}>
            <PageSection>
              <UnusedTab />
            </PageSection>
          </Tab>
          <Tab eventKey="reconciliation" title={<TabTitleText>{t("tabReconciliation")}</TabTitleText>}>
            <PageSection>
              <ReconciliationTab />
            </PageSection>
          </Tab>
        </Tabs>
      </PageSection>
    </>
  );
}

function useReport<T>(name: string) {
  const { api } = useConsole();
  return useLoader(() => api.get<T>(`${governancePath}/reports/${name}`), [api, name]);
}

function UserLink({ id, name }: { id: string; name: string }) {
  const { realm } = useConsole();
  return <Link to={`/${encodeURIComponent(realm)}/users/${encodeURIComponent(id)}`}>{name}</Link>;
}

const privilegedLabel = (privileged: boolean) =>
  privileged && (
    <Label color="orange" isCompact>
      {t("privileged")}
    </Label>
  );

function DormantTab() {
  const [loaded, reload] = useReport<DormantReport>("dormant");
  return (
    <LoadState loaded={loaded} onRetry={reload}>
      {(report) => (
        <>
          <Help text={t("dormantHelp", { days: report.dormantDays })} />
          <Rows
            label={t("tabDormant")}
            empty="dormantEmpty"
            headers={["user", "lastSignIn", "daysSince", "status", "privileged"]}
            rows={report.accounts.map((a) => [
              `dormant-${a.username}`,
              [<UserLink id={a.userId} name={a.username} />, a.lastSignIn ? formatInstant(a.lastSignIn) : t("never"), a.daysSinceSignIn ?? "", a.enabled ? t("enabled") : t("disabled"), privilegedLabel(a.privileged)],
            ])}
          />
        </>
      )}
    </LoadState>
  );
}

function UnusedTab() {
  const [loaded, reload] = useReport<UnusedReport>("unused");
  return (
    <LoadState loaded={loaded} onRetry={reload}>
      {(report) => (
        <>
          <Help text={t("unusedHelp", { days: report.unusedDays })} />
          <Rows
            label={t("tabUnused")}
            empty="unusedEmpty"
            headers={["user", "access", "viaGroup", "lastUsed", "daysSince", "privileged"]}
            rows={report.grants.map((g) => [
              `unused-${g.username}-${g.item.key}`,
              [<UserLink id={g.userId} name={g.username} />, g.item.label, g.viaGroup ?? "", g.lastUsed ? formatInstant(g.lastUsed) : t("never"), g.daysUnused ?? "", privilegedLabel(g.privileged)],
            ])}
          />
          <Heading text={t("disabledUsersTitle")} />
          <Rows
            label={t("disabledUsersTitle")}
            empty="disabledEmpty"
            headers={["user", "access"]}
            rows={report.disabledUsers.map((d) => [`disabled-${d.username}-${d.item.key}`, [<UserLink id={d.userId} name={d.username} />, d.item.label]])}
          />
        </>
      )}
    </LoadState>
  );
}

function ReconciliationTab() {
  const [loaded, reload] = useReport<ReconciliationReport>("reconciliation");
  return (
    <LoadState loaded={loaded} onRetry={reload}>
      {(report) => (
        <>
          <Heading text={t("orphanedFederatedUsers")} />
          <Rows label={t("orphanedFederatedUsers")} empty="nothingFound" headers={["user"]} rows={report.orphanedFederatedUsers.map((u) => [`orphan-${u.username}`, [<UserLink id={u.userId} name={u.username} />]])} />
          <Heading text={t("unmatchedIdpGroups")} />
          <Rows
            label={t("unmatchedIdpGroups")}
            empty="nothingFound"
            headers={["user", "group"]}
            rows={report.unmatchedIdentityProviderGroups.map((u) => [`unmatched-${u.username}-${u.group}`, [<UserLink id={u.userId} name={u.username} />, u.group]])}
          />
          <Heading text={t("inactivePolicyGrants")} />
          <Rows
            label={t("inactivePolicyGrants")}
            empty="nothingFound"
            headers={["solution", "role", "principal"]}
            rows={report.inactivePolicyGrants.map((g) => [`inactive-${g.grantId}`, [g.solutionName, g.role, principalText(g.principal)]])}
          />
          <Heading text={t("emptyGroups")} />
          <Rows label={t("emptyGroups")} empty="nothingFound" headers={["group"]} rows={report.emptyGroups.map((g) => [`empty-${g.name}`, [g.name]])} />
        </>
      )}
    </LoadState>
  );
}

function Help({ text }: { text: string }) {
  return (
    <TextContent className="pf-v5-u-mb-md">
      <Text>{text}</Text>
    </TextContent>
  );
}

function Heading({ text }: { text: string }) {
  return (
    <Title headingLevel="h2" size="md" className="pf-v5-u-mt-lg pf-v5-u-mb-sm">
      {text}
    </Title>
  );
}

/** A compact read-only table; each row is its test id and its cells in the order of the headers. */
function Rows({ label, empty, headers, rows }: { label: string; empty: MessageKey; headers: MessageKey[]; rows: [string, ReactNode[]][] }) {
  if (rows.length === 0) return <Empty title={t(empty)} />;
  return (
    <Table aria-label={label} variant="compact">
      <Thead>
        <Tr>
          {headers.map((h) => (
            <Th key={h}>{t(h)}</Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {rows.map(([id, cells]) => (
          <Tr key={id} data-testid={id}>
            {cells.map((cell, i) => (
              <Td key={headers[i]} dataLabel={t(headers[i])}>
                {cell}
              </Td>
            ))}
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
}
