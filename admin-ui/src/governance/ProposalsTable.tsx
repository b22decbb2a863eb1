import {
  Button,
  Checkbox,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Label,
} from "@patternfly/react-core";
import { ExpandableRowContent, Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { Link } from "react-router-dom";
import { useConsole } from "../app/ConsoleContext";
import { t } from "../messages";
import { formatInstant } from "../shared/formatInstant";
import { categoryText, changeText, itemText, percent, proposalStatusText, type Proposal } from "./model";

export interface Decisions {
  selected: string[];
  onSelect: (ids: string[]) => void;
  onApprove: (proposal: Proposal) => void;
  onReject: (proposal: Proposal) => void;
}

/** Proposals with their confidence and justification; a row expands to its evidence and inputs. Without decisions, read-only. */
export function ProposalsTable({ proposals, decisions }: { proposals: Proposal[]; decisions?: Decisions }) {
  const { realm } = useConsole();
  const [expanded, setExpanded] = useState<string[]>([]);
  const open = proposals.filter((p) => p.status === "proposed").map((p) => p.id);
  const toggle = (list: string[], id: string, on: boolean) => (on ? [...list, id] : list.filter((x) => x !== id));
  // the expand toggle and seven columns; deciding adds the selection and the actions
  const columns = decisions ? 10 : 8;
  return (
    <Table aria-label={t("proposalsTitle")} variant="compact">
      <Thead>
        <Tr>
          <Th screenReaderText={t("evidence")} />
          {decisions && (
            <Th className="pf-v5-c-table__check">
              <Checkbox
                id="select-all-proposals"
                aria-label={t("selectAllProposals")}
                isChecked={open.length > 0 && open.every((id) => decisions.selected.includes(id))}
                isDisabled={open.length === 0}
                onChange={(_e, on) => decisions.onSelect(on ? open : [])}
              />
            </Th>
          )}
          <Th>{t("user")}</Th>
          <Th>{t("change")}</Th>
          <Th>{t("access")}</Th>
          <Th>{t("category")}</Th>
          <Th>{t("confidence")}</Th>
          <Th modifier="wrap">{t("justification")}</Th>
          <Th>{t("status")}</Th>
          {decisions && <Th screenReaderText={t("actions")} />}
        </Tr>
      </Thead>
      {proposals.map((proposal, rowIndex) => {
        const isExpanded = expanded.includes(proposal.id);
        const decidable = proposal.status === "proposed";
        return (
          <Tbody key={proposal.id} isExpanded={isExpanded}>
            <Tr data-testid={`proposal-${proposal.id}`}>
              <Td expand={{ rowIndex, isExpanded, onToggle: () => setExpanded((list) => toggle(list, proposal.id, !isExpanded)), expandId: `evidence-${proposal.id}` }} />
              {decisions && (
                <Td className="pf-v5-c-table__check">
                  <Checkbox
                    id={`select-${proposal.id}`}
                    aria-label={t("selectProposal", { user: proposal.username })}
                    isChecked={decisions.selected.includes(proposal.id)}
                    isDisabled={!decidable}
                    onChange={(_e, on) => decisions.onSelect(toggle(decisions.selected, proposal.id, on))}
                  />
                </Td>
              )}
              <Td dataLabel={t("user")}>
                <Link to={`/${encodeURIComponent(realm)}/users/${encodeURIComponent(proposal.userId)}`}>{proposal.username}</Link>
              </Td>
              <Td dataLabel={t("change")}>{changeText(proposal.change)}</Td>
              <Td dataLabel={t("access")}>
                {itemText(proposal)}
                {proposal.item?.privileged && (
                  <Label color="orange" isCompact className="pf-v5-u-ml-sm">
                    {t("privileged")}
                  </Label>
                )}
              </Td>
              <Td dataLabel={t("category")}>{categoryText(proposal.category)}</Td>
              <Td dataLabel={t("confidence")}>{percent(proposal.confidence)}</Td>
              <Td dataLabel={t("justification")} modifier="wrap">
                {proposal.justification}
              </Td>
              <Td dataLabel={t("status")}>{proposalStatusText(proposal.status)}</Td>
              {decisions && (
                <Td isActionCell modifier="nowrap">
                  {decidable && (
                    <>
                      <Button variant="link" isInline onClick={() => decisions.onApprove(proposal)} aria-label={`${t("approve")} ${proposal.username} ${itemText(proposal)}`}>
                        {t("approve")}
                      </Button>{" "}
                      <Button variant="link" isInline isDanger onClick={() => decisions.onReject(proposal)} aria-label={`${t("reject")} ${proposal.username} ${itemText(proposal)}`}>
                        {t("reject")}
                      </Button>
                    </>
                  )}
                </Td>
              )}
            </Tr>
            <Tr isExpanded={isExpanded}>
              <Td colSpan={columns}>
                <ExpandableRowContent>{isExpanded && <Evidence proposal={proposal} />}</ExpandableRowContent>
              </Td>
            </Tr>
          </Tbody>
        );
      })}
    </Table>
  );
}

function Evidence({ proposal }: { proposal: Proposal }) {
  const entries: [string, string][] = [
    ...Object.entries(proposal.evidence ?? {}).map(([key, value]): [string, string] => [key, typeof value === "string" ? value : JSON.stringify(value)]),
    [t("modelVersion"), proposal.modelVersion],
    [t("inputs"), (proposal.inputs ?? []).join(", ")],
    [t("proposedAt"), formatInstant(proposal.createdAt)],
  ];
  if (proposal.decidedBy) entries.push([t("decidedBy"), `${proposal.decidedByUsername ?? proposal.decidedBy}, ${formatInstant(proposal.decidedAt)}`]);
  if (proposal.reason) entries.push([t("proposalReason"), proposal.reason]);
  if (proposal.error) entries.push([t("proposalError"), proposal.error]);
  return (
    <DescriptionList isHorizontal isCompact aria-label={t("proposalEvidenceOf", { user: proposal.username })}>
      {entries.map(([term, description]) => (
        <DescriptionListGroup key={term}>
          <DescriptionListTerm>{term}</DescriptionListTerm>
          <DescriptionListDescription>{description}</DescriptionListDescription>
        </DescriptionListGroup>
      ))}
    </DescriptionList>
  );
}
