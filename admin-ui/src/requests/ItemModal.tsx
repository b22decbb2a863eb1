import { Checkbox, Form, FormGroup, FormHelperText, HelperText, HelperTextItem, ModalVariant, TextInput, Button } from "@patternfly/react-core";
import { useEffect, useState, type FormEvent } from "react";
import { useConsole } from "../app/ConsoleContext";
import { t } from "../messages";
import { ApiErrorAlert } from "../shared/ApiErrorAlert";
import { ChangeModal } from "../shared/ChangeModal";
import { fieldError } from "../shared/fieldError";
import { errorProps, FieldErrorHelp } from "../shared/FieldErrorHelp";
import { useSubmit } from "../shared/useSubmit";
import type { Solution } from "../solutions/types";
import { ApproverFields } from "./ApproverFields";
import { complete, formOf, toBody, type ItemForm } from "./itemForm";
import { ItemTargetFields } from "./ItemTargetFields";
import { adminRequestsPath, type Item } from "./model";

/** Every field the server may name in a 400; any other refusal is shown above the buttons. */
const fields = ["kind", "solutionId", "role", "groupId", "clientId", "description", "maxDuration", "approvers", "approvers.type",
  "approvers.values", "approvalsNeeded", "autoApproval.minConfidence", "autoApproval.maxRisk"];

/** Creates a requestable item or edits one: what it gives and its policy. */
export function ItemModal({ item, solutions, groupNames, onDone, onClose }: {
  item?: Item;
  solutions: Solution[];
  groupNames: Record<string, string>;
  onDone: () => void;
  onClose: () => void;
}) {
  const { api } = useConsole();
  const [form, setForm] = useState<ItemForm>(() => formOf(item, groupNames));
  const set = (change: Partial<ItemForm>) => setForm((f) => ({ ...f, ...change }));
  const { busy, error, run } = useSubmit();
  useApproverNames(form, setForm);
  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!complete(form) || busy) return;
    const path = `${adminRequestsPath}/items`;
    const body = toBody(form);
    if (await run(() => (item ? api.put(`${path}/${encodeURIComponent(item.id)}`, body) : api.post(path, body)))) onDone();
  };
  const refused = (field: string) => fieldError(error, field);
  const named = fields.some((field) => refused(field));
  const numberField = (field: "minConfidence" | "maxRisk", label: string, help: string) => (
    <FormGroup label={label} fieldId={`item-${field}`} isRequired>
      <TextInput id={`item-${field}`} value={form[field]} onChange={(_e, v) => set({ [field]: v })} {...errorProps(`item-${field}`, refused(`autoApproval.${field}`))} />
      {refused(`autoApproval.${field}`) ? <FieldErrorHelp fieldId={`item-${field}`} text={refused(`autoApproval.${field}`)!} /> : <Help text={help} />}
    </FormGroup>
  );
  return (
    <ChangeModal
      variant={ModalVariant.medium}
      title={item ? t("editItem") : t("createItem")}
      busy={busy}
      onClose={onClose}
      actions={[
        <Button key="save" type="submit" form="requestable-item" isDisabled={!complete(form) || busy} isLoading={busy}>
          {item ? t("save") : t("create")}
        </Button>,
      ]}
    >
      <Form id="requestable-item" onSubmit={submit}>
        <ItemTargetFields form={form} set={set} solutions={solutions} error={error} />
        <FormGroup label={t("itemDescription")} fieldId="item-description">
          <TextInput id="item-description" value={form.description} onChange={(_e, v) => set({ description: v })} {...errorProps("item-description", refused("description"))} />
          {refused("description") ? <FieldErrorHelp fieldId="item-description" text={refused("description")!} /> : <Help text={t("itemDescriptionHelp")} />}
        </FormGroup>
        <FormGroup label={t("maxDuration")} fieldId="item-max-duration" isRequired>
          <TextInput id="item-max-duration" value={form.maxDuration} onChange={(_e, v) => set({ maxDuration: v })} {...errorProps("item-max-duration", refused("maxDuration"))} />
          {refused("maxDuration") ? <FieldErrorHelp fieldId="item-max-duration" text={refused("maxDuration")!} /> : <Help text={t("maxDurationHelp")} />}
        </FormGroup>
        <ApproverFields form={form} set={set} error={error} />
        <Checkbox id="item-justification-required" label={t("justificationRequired")} isChecked={form.justificationRequired} onChange={(_e, on) => set({ justificationRequired: on })} />
        <Checkbox id="item-ticket-required" label={t("ticketRequired")} isChecked={form.ticketRequired} onChange={(_e, on) => set({ ticketRequired: on })} />
        <Checkbox id="item-manual-step" label={t("manualStep")} description={t("manualStepHelp")} isChecked={form.manualStep} onChange={(_e, on) => set({ manualStep: on })} />
        <Checkbox id="item-auto-approval" label={t("autoApproval")} description={t("autoApprovalHelp")} isChecked={form.autoApproval} onChange={(_e, on) => set({ autoApproval: on })} />
        {form.autoApproval && (
          <>
            {numberField("minConfidence", t("minConfidence"), t("autoMinConfidenceHelp"))}
            {numberField("maxRisk", t("maxRisk"), t("maxRiskHelp"))}
          </>
        )}
        {!named && <ApiErrorAlert error={error} />}
      </Form>
    </ChangeModal>
  );
}

function Help({ text }: { text: string }) {
  return (
    <FormHelperText>
      <HelperText>
        <HelperTextItem>{text}</HelperTextItem>
      </HelperText>
    </FormHelperText>
  );
}

/** A stored item names its user approvers by id; their usernames are looked up once, for the admin to read. */
function useApproverNames(form: ItemForm, setForm: (update: (f: ItemForm) => ItemForm) => void) {
  const { api } = useConsole();
  const unnamed = form.approverUsers.filter((u) => u.name === u.id).map((u) => u.id);
  const key = unnamed.join(",");
  useEffect(() => {
    if (!key) return;
    let current = true;
    Promise.all(key.split(",").map((id) => api.get<{ id: string; username: string }>(`/users/${encodeURIComponent(id)}`).catch(() => undefined))).then((users) => {
      if (!current) return;
      const names = new Map(users.filter((u) => u).map((u) => [u!.id, u!.username]));
      setForm((f) => ({ ...f, approverUsers: f.approverUsers.map((u) => ({ ...u, name: names.get(u.id) ?? u.name })) }));
    });
    return () => {
      current = false;
    };
  }, [api, key, setForm]);
}
