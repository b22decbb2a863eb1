import { Label } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { Link } from "react-router-dom";
import { useConsole } from "../app/ConsoleContext";
import { grantSourceText } from "../groups/grantSource";
import { t } from "../messages";
import { Empty } from "../shared/LoadState";
import { formatInstant } from "../shared/formatInstant";
import type { AccessEntry } from "./model";

/** Why the user holds (or no longer holds) each role; rows that do not count are labelled, not hidden. */
export function AccessTable({ access }: { access: AccessEntry[] }) {
  const { realm } = useConsole();
  if (access.length === 0) return <Empty title={t("accessEmpty")} body={t("accessEmptyBody")} />;
  const base = `/${encodeURIComponent(realm)}`;
  return (
    <Table aria-label={t("effectiveAccess")} variant="compact">
      <Thead>
        <Tr>
          <Th>{t("solution")}</Th>
          <Th>{t("role")}</Th>
          <Th>{t("reason")}</Th>
          <Th>{t("expires")}</Th>
          <Th>{t("source")}</Th>
          <Th>{t("grantedBy")}</Th>
        </Tr>
      </Thead>
      <Tbody>
        {access.map((entry, index) => (
          <Tr
            key={entry.grantId ?? index}
            data-testid={`access-${entry.solutionName ?? entry.solutionId}-${entry.role}`}
            // A grant that gives nothing now stays listed, muted, so the admin sees why the role is missing.
            className={counts(entry) ? undefined : "pf-v5-u-color-200"}
          >
            <Td dataLabel={t("solution")}>
              <Link to={`${base}/solutions/${encodeURIComponent(entry.solutionId)}`}>{entry.solutionName ?? entry.solutionId}</Link>
            </Td>
            <Td dataLabel={t("role")}>{entry.role}</Td>
            <Td dataLabel={t("reason")}>
              <Reason entry={entry} base={base} />
            </Td>
            <Td dataLabel={t("expires")}>{entry.expiresAt ? formatInstant(entry.expiresAt) : t("never")}</Td>
            <Td dataLabel={t("source")}>{grantSourceText(entry.source)}</Td>
            <Td dataLabel={t("grantedBy")}>{entry.grantedByUsername ?? entry.grantedBy}</Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
}

function counts(entry: AccessEntry): boolean {
  return entry.reason === "direct" || entry.reason === "group";
}

function Reason({ entry, base }: { entry: AccessEntry; base: string }) {
  const group = entry.viaGroup ? <GroupLink entry={entry} base={base} /> : null;
  switch (entry.reason) {
    case "expired":
      return (
        <>
          <Label color="grey">{t("reasonExpired")}</Label> {group}
        </>
      );
    case "archived-group":
      return (
        <>
          <Label color="grey">{t("reasonArchivedGroup")}</Label> {group}
        </>
      );
    case "not-in-active-policy":
      return (
        <>
          <Label color="orange">{t("reasonNotInActivePolicy")}</Label> {group}
        </>
      );
    case "group":
      return <ThroughGroup entry={entry} base={base} />;
    default:
      return <>{t("reasonDirect")}</>;
  }
}

/** "Through group {group}" with the group's name as a link, keeping the sentence in one message. */
function ThroughGroup({ entry, base }: { entry: AccessEntry; base: string }) {
  const [before, after = ""] = t("reasonGroup").split("{group}");
  return (
    <>
      {before}
      <GroupLink entry={entry} base={base} />
      {after}
    </>
  );
}

function GroupLink({ entry, base }: { entry: AccessEntry; base: string }) {
  const name = entry.viaGroup ?? "";
  return entry.viaGroupId ? <Link to={`${base}/groups/${encodeURIComponent(entry.viaGroupId)}`}>{name}</Link> : <>{name}</>;
}
