import { Button, Checkbox, Form, FormGroup, FormHelperText, FormSelect, FormSelectOption, HelperText, HelperTextItem, ModalVariant, TextInput } from "@patternfly/react-core";
import { useState, type FormEvent } from "react";
import { listAll } from "../api/listAll";
import { useConsole } from "../app/ConsoleContext";
import { categoryText } from "../governance/model";
import { t } from "../messages";
import { ApiErrorAlert } from "../shared/ApiErrorAlert";
import { ChangeModal } from "../shared/ChangeModal";
import { fieldError } from "../shared/fieldError";
import { errorProps, FieldErrorHelp } from "../shared/FieldErrorHelp";
import { useLoader } from "../shared/useLoader";
import { useSubmit } from "../shared/useSubmit";
import { PrincipalTypeahead, type PrincipalOption } from "../solutions/PrincipalTypeahead";
import type { Solution } from "../solutions/types";
import { campaignsPath, defaultDecisions, defaultDecisionText, reviewCategories, scopeText, scopeTypes, type Campaign, type ReviewerType, type ScopeType } from "./model";

const textFields = ["name", "duration", "reminderBefore", "recurrence", "reviewers.group", "reviewers.attribute", "reviewers.fallback", "scope.days"] as const;
const named = [...textFields, "scope", "scope.type", "scope.id", "reviewers", "reviewers.type", "defaultDecision"];

/** The reviewers part of the body: a group needs its path, a manager rule its attribute, owners nothing more. */
function reviewerRule(type: ReviewerType, value: (field: string) => string, fallback: string[]) {
  if (type === "group") return { type, group: value("reviewers.group"), fallback };
  if (type === "owner") return { type, fallback };
  return { type, attribute: value("reviewers.attribute") || null, fallback };
}

/** Starts a campaign: what it reviews, who reviews, its clock and what happens to what nobody decided. */
export function CampaignModal({ onDone, onClose }: { onDone: (campaign: Campaign) => void; onClose: () => void }) {
  const { api } = useConsole();
  const [values, setValues] = useState<Record<string, string>>({ duration: "P14D", "reviewers.attribute": "manager", "scope.days": "90" });
  const [scope, setScope] = useState<ScopeType>("solution-grants");
  const [scopeId, setScopeId] = useState("");
  const [group, setGroup] = useState<PrincipalOption>();
  const [reviewerType, setReviewerType] = useState<ReviewerType>("manager");
  const [defaultDecision, setDefaultDecision] = useState("keep");
  // as the API: revocations decided are carried out at the close unless the admin says otherwise
  const [autoApply, setAutoApply] = useState(true);
  const [solutions] = useLoader(() => listAll<Solution>(api, "/runtime-access/solutions"), [api]);
  const { busy, error, run } = useSubmit();
  const value = (field: string) => (values[field] ?? "").trim();
  const id = scope === "group-members" ? group?.id : scope === "solution-grants" || scope === "category-proposals" ? scopeId : undefined;
  const incomplete = !value("name") || (["solution-grants", "group-members", "category-proposals"].includes(scope) && !id);
  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (incomplete || busy) return;
    const fallback = value("reviewers.fallback").split(",").map((f) => f.trim()).filter(Boolean);
    const body = {
      name: value("name"),
      scope: { type: scope, id: id ?? null, days: scope === "inactive-users" ? Number(value("scope.days")) || value("scope.days") : null },
      reviewers: reviewerRule(reviewerType, value, fallback),
      duration: value("duration") || null,
      reminderBefore: value("reminderBefore") || null,
      defaultDecision,
      autoApply,
      recurrence: value("recurrence") || null,
    };
    let created: Campaign | undefined;
    if ((await run(async () => (created = await api.post<Campaign>(campaignsPath, body)))) && created) onDone(created);
  };
  const refused = (field: string) => fieldError(error, field);
  const text = (field: (typeof textFields)[number], label: string, help?: string, required = false) => (
    <FormGroup label={label} fieldId={`campaign-${field}`} isRequired={required}>
      <TextInput id={`campaign-${field}`} value={values[field] ?? ""} onChange={(_e, v) => setValues((x) => ({ ...x, [field]: v }))} {...errorProps(`campaign-${field}`, refused(field))} />
      {refused(field) ? <FieldErrorHelp fieldId={`campaign-${field}`} text={refused(field)!} /> : help && <FormHelperText><HelperText><HelperTextItem>{help}</HelperTextItem></HelperText></FormHelperText>}
    </FormGroup>
  );
  const select = (fieldId: string, label: string, current: string, onChange: (v: string) => void, options: [string, string][], field?: string) => (
    <FormGroup label={label} fieldId={fieldId} isRequired>
      <FormSelect id={fieldId} value={current} onChange={(_e, v) => onChange(v)} {...errorProps(fieldId, field && refused(field))}>
        {options.map(([v, l]) => <FormSelectOption key={v} value={v} label={l} isDisabled={v === ""} />)}
      </FormSelect>
      {field && refused(field) && <FieldErrorHelp fieldId={fieldId} text={refused(field)!} />}
    </FormGroup>
  );
  const solutionOptions: [string, string][] = [["", "—"], ...(solutions.state === "ready" ? solutions.data : []).map((s): [string, string] => [s.id, s.name])];
  return (
    <ChangeModal variant={ModalVariant.medium} title={t("startCampaign")} busy={busy} onClose={onClose} actions={[
      <Button key="start" type="submit" form="review-campaign" isDisabled={incomplete || busy} isLoading={busy}>{t("start")}</Button>,
    ]}>
      <Form id="review-campaign" onSubmit={submit}>
        {text("name", t("campaignName"), undefined, true)}
        {select("campaign-scope", t("campaignScope"), scope, (v) => { setScope(v as ScopeType); setScopeId(""); }, scopeTypes.map((s) => [s, scopeText(s)]), "scope.type")}
        {scope === "solution-grants" && select("campaign-solution", t("itemSolution"), scopeId, setScopeId, solutionOptions, "scope.id")}
        {scope === "group-members" && (
          <FormGroup label={t("itemGroup")} fieldId="campaign-group" isRequired>
            <PrincipalTypeahead inputId="campaign-group" types={["group"]} label={t("itemGroup")} placeholder={t("groupPlaceholder")} value={group} onChange={setGroup} error={refused("scope.id")} />
            {refused("scope.id") && <FieldErrorHelp fieldId="campaign-group" text={refused("scope.id")!} />}
          </FormGroup>
        )}
        {scope === "category-proposals" && select("campaign-category", t("category"), scopeId, setScopeId, [["", "—"], ...reviewCategories.map((c): [string, string] => [c, categoryText(c)])], "scope.id")}
        {scope === "inactive-users" && text("scope.days", t("inactiveDays"), undefined, true)}
        {select("campaign-reviewers", t("reviewersType"), reviewerType, (v) => setReviewerType(v as ReviewerType), [["manager", t("reviewersManager")], ["group", t("reviewersGroup")], ["owner", t("reviewersOwner")]], "reviewers.type")}
        {reviewerType === "group" && text("reviewers.group", t("reviewersGroupPath"), t("reviewersGroupHelp"), true)}
        {reviewerType === "manager" && text("reviewers.attribute", t("reviewersAttribute"), t("reviewersAttributeHelp"))}
        {reviewerType === "owner" && (
          <HelperText>
            <HelperTextItem>{t("reviewersOwnerHelp")}</HelperTextItem>
          </HelperText>
        )}
        {text("reviewers.fallback", t("reviewersFallback"), t("reviewersFallbackHelp"))}
        {text("duration", t("campaignDuration"), t("campaignDurationHelp"))}
        {text("reminderBefore", t("reminderBefore"), t("reminderBeforeHelp"))}
        {select("campaign-default", t("defaultDecision"), defaultDecision, setDefaultDecision, defaultDecisions.map((d) => [d, defaultDecisionText(d)]), "defaultDecision")}
        <Checkbox id="campaign-auto-apply" label={t("reviewAutoApply")} description={t("reviewAutoApplyHelp")} isChecked={autoApply} onChange={(_e, on) => setAutoApply(on)} />
        {text("recurrence", t("recurrence"), t("recurrenceHelp"))}
        {/* the solutions could not be listed: said, rather than an empty choice */}
        {solutions.state === "error" && <ApiErrorAlert error={solutions.error} reading />}
        {!named.some((field) => refused(field)) && <ApiErrorAlert error={error} />}
      </Form>
    </ChangeModal>
  );
}
