import { Button, Checkbox, Form, FormGroup, FormHelperText, FormSelect, FormSelectOption, HelperText, HelperTextItem, ModalVariant, TextArea, TextInput } from "@patternfly/react-core";
import { useState, type FormEvent } from "react";
import { listAll } from "../api/listAll";
import { useConsole } from "../app/ConsoleContext";
import { t } from "../messages";
import { ApiErrorAlert } from "../shared/ApiErrorAlert";
import { ChangeModal } from "../shared/ChangeModal";
import { fieldError } from "../shared/fieldError";
import { errorProps, FieldErrorHelp } from "../shared/FieldErrorHelp";
import { useLoader } from "../shared/useLoader";
import { useSubmit } from "../shared/useSubmit";
import type { Solution } from "../solutions/types";
import { governancePath, type SodRule } from "./model";

/** The fields that show their own refusal; a refusal naming any other is shown above the buttons. */
const fields = ["name", "description", "solutionId", "itemKeys"];

/** Creates a rule, or edits one: a refusal naming a field is shown under that field. */
export function RuleModal({ rule, onDone, onClose }: { rule?: SodRule; onDone: () => void; onClose: () => void }) {
  const { api } = useConsole();
  const [name, setName] = useState(rule?.name ?? "");
  const [description, setDescription] = useState(rule?.description ?? "");
  const [scope, setScope] = useState(rule?.scope ?? "global");
  const [solutionId, setSolutionId] = useState(rule?.solutionId ?? "");
  const [keys, setKeys] = useState((rule?.itemKeys ?? []).join("\n"));
  const [mode, setMode] = useState(rule?.mode ?? "prevent");
  const [enabled, setEnabled] = useState(rule?.enabled ?? true);
  const [solutions] = useLoader(() => listAll<Solution>(api, "/runtime-access/solutions"), [api]);
  const { busy, error, run } = useSubmit();
  const itemKeys = keys.split("\n").map((k) => k.trim()).filter(Boolean);
  const incomplete = !name.trim() || itemKeys.length < 2 || (scope === "solution" && !solutionId);
  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (incomplete || busy) return;
    const body = { name: name.trim(), description: description.trim(), scope, solutionId: scope === "solution" ? solutionId : null, itemKeys, mode, enabled };
    const path = `${governancePath}/sod/rules`;
    if (await run(() => (rule ? api.put(`${path}/${encodeURIComponent(rule.id)}`, body) : api.post(path, body)))) onDone();
  };
  const error400 = (field: string) => fieldError(error, field);
  const named = fields.some((field) => error400(field));
  return (
    <ChangeModal
      variant={ModalVariant.medium}
      title={rule ? t("editRule") : t("createRule")}
      busy={busy}
      onClose={onClose}
      actions={[
        <Button key="save" type="submit" form="sod-rule" isDisabled={incomplete || busy} isLoading={busy}>
          {rule ? t("save") : t("create")}
        </Button>,
      ]}
    >
      <Form id="sod-rule" onSubmit={submit}>
        <FormGroup label={t("ruleName")} fieldId="rule-name" isRequired>
          <TextInput id="rule-name" value={name} onChange={(_e, v) => setName(v)} {...errorProps("rule-name", error400("name"))} />
          {error400("name") && <FieldErrorHelp fieldId="rule-name" text={error400("name")!} />}
        </FormGroup>
        <FormGroup label={t("ruleDescription")} fieldId="rule-description">
          <TextInput id="rule-description" value={description} onChange={(_e, v) => setDescription(v)} {...errorProps("rule-description", error400("description"))} />
          {error400("description") && <FieldErrorHelp fieldId="rule-description" text={error400("description")!} />}
        </FormGroup>
        <FormGroup label={t("ruleScope")} fieldId="rule-scope">
          <FormSelect id="rule-scope" value={scope} onChange={(_e, v) => setScope(v as SodRule["scope"])}>
            <FormSelectOption value="global" label={t("scopeGlobal")} />
            <FormSelectOption value="solution" label={t("scopeSolution")} />
          </FormSelect>
        </FormGroup>
        {scope === "solution" && (
          <FormGroup label={t("ruleSolution")} fieldId="rule-solution" isRequired>
            <FormSelect id="rule-solution" value={solutionId} onChange={(_e, v) => setSolutionId(v)} {...errorProps("rule-solution", error400("solutionId"))}>
              <FormSelectOption value="" label="—" isDisabled />
              {(solutions.state === "ready" ? solutions.data : []).map((s) => (
                <FormSelectOption key={s.id} value={s.id} label={s.name} />
              ))}
            </FormSelect>
            {error400("solutionId") && <FieldErrorHelp fieldId="rule-solution" text={error400("solutionId")!} />}
          </FormGroup>
        )}
        <FormGroup label={t("ruleItems")} fieldId="rule-items" isRequired>
          <TextArea id="rule-items" value={keys} onChange={(_e, v) => setKeys(v)} rows={4} {...errorProps("rule-items", error400("itemKeys"))} />
          {error400("itemKeys") ? (
            <FieldErrorHelp fieldId="rule-items" text={error400("itemKeys")!} />
          ) : (
            <FormHelperText>
              <HelperText>
                <HelperTextItem>{t("ruleItemsHelp")}</HelperTextItem>
              </HelperText>
            </FormHelperText>
          )}
        </FormGroup>
        <FormGroup label={t("ruleMode")} fieldId="rule-mode">
          <FormSelect id="rule-mode" value={mode} onChange={(_e, v) => setMode(v as SodRule["mode"])}>
            <FormSelectOption value="prevent" label={t("sodPrevent")} />
            <FormSelectOption value="warn" label={t("sodWarn")} />
          </FormSelect>
        </FormGroup>
        <Checkbox id="rule-enabled" label={t("ruleEnabled")} isChecked={enabled} onChange={(_e, checked) => setEnabled(checked)} />
        {/* the solutions could not be listed: said, rather than an empty choice */}
        {solutions.state === "error" && <ApiErrorAlert error={solutions.error} reading />}
        {!named && <ApiErrorAlert error={error} />}
      </Form>
    </ChangeModal>
  );
}
