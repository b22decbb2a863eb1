import { Checkbox, Label } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { t } from "../messages";
import { Empty } from "../shared/LoadState";
import { formatInstant } from "../shared/formatInstant";
import { decisionText, type ReviewItem, type WaitingReviewItem } from "./model";

const decisionColors = { approve: "green", revoke: "red", delegate: "blue" } as const;

/**
 * Review items: who holds what, its last use, the recommender's suggestion, and the decision; a campaign's items
 * (admins) show their reviewers, a reviewer's waiting items (My reviews) their campaign and deadline instead.
 */
export function ReviewItemsTable({ items, selection }: {
  items: ReviewItem[] | WaitingReviewItem[];
  /** Checkboxes for bulk decisions, when the admin may decide. */
  selection?: { selected: string[]; onSelect: (ids: string[]) => void };
}) {
  if (items.length === 0) return <Empty title={t("reviewItemsEmpty")} />;
  const waiting = "campaignName" in items[0];
  const toggle = (id: string, on: boolean) => selection!.onSelect(on ? [...selection!.selected, id] : selection!.selected.filter((x) => x !== id));
  return (
    <Table aria-label={t("reviewItems")} variant="compact">
      <Thead>
        <Tr>
          {selection && (
            <Th className="pf-v5-c-table__check">
              <Checkbox id="select-all-items" aria-label={t("selectAllItems")} isChecked={items.every((i) => selection.selected.includes(i.id))} onChange={(_e, on) => selection.onSelect(on ? items.map((i) => i.id) : [])} />
            </Th>
          )}
          {waiting && <Th modifier="wrap">{t("reviewCampaign")}</Th>}
          <Th modifier="wrap">{t("user")}</Th>
          <Th modifier="wrap">{t("requestAccess")}</Th>
          <Th modifier="wrap">{t("reviewSource")}</Th>
          <Th modifier="wrap">{t("lastUsed")}</Th>
          <Th modifier="wrap">{t("suggestion")}</Th>
          {!waiting && <Th modifier="wrap">{t("reviewers")}</Th>}
          <Th modifier="wrap">{t("reviewDecision")}</Th>
        </Tr>
      </Thead>
      <Tbody>
        {(items as (ReviewItem | WaitingReviewItem)[]).map((item) => {
          const access = item.label ?? item.access;
          return (
            <Tr key={item.id} data-testid={`review-item-${item.username}-${access}`}>
              {selection && (
                <Td className="pf-v5-c-table__check">
                  <Checkbox id={`select-item-${item.id}`} aria-label={t("selectItem", { user: item.username, access })} isChecked={selection.selected.includes(item.id)} onChange={(_e, on) => toggle(item.id, on)} />
                </Td>
              )}
              {"campaignName" in item && (
                <Td dataLabel={t("reviewCampaign")}>
                  {item.campaignName}
                  <div className="pf-v5-u-color-200">{t("reviewDueBy", { deadline: formatInstant(item.deadline) })}</div>
                </Td>
              )}
              <Td dataLabel={t("user")}>{item.username}</Td>
              <Td dataLabel={t("requestAccess")}>{access}</Td>
              <Td dataLabel={t("reviewSource")}>{item.source}</Td>
              <Td dataLabel={t("lastUsed")}>{item.lastUsed ? formatInstant(item.lastUsed) : t("never")}</Td>
              <Td dataLabel={t("suggestion")}>{item.suggestion && `${item.suggestion.action}: ${item.suggestion.justification}`}</Td>
              {"reviewers" in item && <Td dataLabel={t("reviewers")}>{item.reviewers.join(", ")}</Td>}
              <Td dataLabel={t("reviewDecision")}>
                {item.decision && (
                  <>
                    <Label color={decisionColors[item.decision] ?? "grey"} isCompact>{decisionText(item.decision)}</Label>
                    <div className="pf-v5-u-color-200">{[item.decidedBy, item.justification].filter(Boolean).join(": ")}</div>
                  </>
                )}
                {"applied" in item && item.applied && (
                  <div data-testid={`applied-${item.id}`}>{t("reviewApplied", { applied: item.applied, at: item.appliedAt ? formatInstant(item.appliedAt) : "" })}</div>
                )}
              </Td>
            </Tr>
          );
        })}
      </Tbody>
    </Table>
  );
}
