import { ActionGroup, Alert, Button, Checkbox, Form, FormGroup, FormHelperText, FormSelect, FormSelectOption, HelperText, HelperTextItem, PageSection, TextArea, TextInput } from "@patternfly/react-core";
import { useState, type ReactNode } from "react";
import { useConsole } from "../app/ConsoleContext";
import { t, type MessageKey } from "../messages";
import { ApiErrorAlert } from "../shared/ApiErrorAlert";
import { fieldError } from "../shared/fieldError";
import { errorId, errorProps, FieldErrorHelp } from "../shared/FieldErrorHelp";
import { LoadState } from "../shared/LoadState";
import { PageHeader } from "../shared/PageHeader";
import { useLoader } from "../shared/useLoader";
import { useSubmit } from "../shared/useSubmit";
import { categories, categoryText, governancePath, modes, modeText, type Category, type GovernanceSettings } from "./model";

const settingsPath = `${governancePath}/settings`;
const numbers = ["dormantDays", "unusedDays", "rejectionSuppressionDays", "minConfidence"] as const;

/** The realm's governance settings; a view-only admin sees them read-only. */
export function GovernanceSettingsPage() {
  const { api } = useConsole();
  const [loaded, reload] = useLoader(() => api.get<GovernanceSettings>(settingsPath), [api]);
  return (
    <>
      <PageHeader title={t("governanceSettingsTitle")} description={t("governanceSettingsDescription")} />
      <PageSection variant="light">
        <LoadState loaded={loaded} onRetry={reload}>
          {(settings) => <SettingsForm initial={settings} />}
        </LoadState>
      </PageSection>
    </>
  );
}

type Draft = Record<(typeof numbers)[number], string> & { mode: string; autoApply: Category[]; peerAttributes: string; privilegedItems: string };

function draftOf(s: GovernanceSettings): Draft {
  return {
    mode: s.mode,
    autoApply: s.autoApply,
    dormantDays: String(s.dormantDays),
    unusedDays: String(s.unusedDays),
    rejectionSuppressionDays: String(s.rejectionSuppressionDays),
    minConfidence: String(s.minConfidence),
    peerAttributes: s.peerAttributes.join(", "),
    privilegedItems: s.privilegedItems.join("\n"),
  };
}

function SettingsForm({ initial }: { initial: GovernanceSettings }) {
  const { api, permissions } = useConsole();
  const canSave = permissions.manageUsers;
  const [draft, setDraft] = useState(() => draftOf(initial));
  // what the server holds, as last read: only what differs from it is sent
  const [stored, setStored] = useState(() => draftOf(initial));
  const [saved, setSaved] = useState(false);
  const { busy, error, run } = useSubmit();
  // "Saved" describes what is on screen: the first edit after a save takes it away
  const set = (change: Partial<Draft>) => {
    setSaved(false);
    setDraft((d) => ({ ...d, ...change }));
  };
  const save = async () => {
    setSaved(false);
    const split = (text: string, by: RegExp) => text.split(by).map((s) => s.trim()).filter(Boolean);
    // Numbers go as typed; the server answers 400 naming the field for anything it refuses.
    const all: Record<keyof Draft, unknown> = {
      mode: draft.mode,
      autoApply: draft.autoApply,
      ...Object.fromEntries(numbers.map((n) => [n, draft[n].trim() === "" || Number.isNaN(Number(draft[n])) ? draft[n] : Number(draft[n])])),
      peerAttributes: split(draft.peerAttributes, /,/),
      privilegedItems: split(draft.privilegedItems, /\n/),
    } as Record<keyof Draft, unknown>;
    // Only the fields changed here: the API keeps the others, so another admin's change saved meanwhile (an item
    // marked privileged, say) is not undone by this form's older copy of it.
    const changed = (Object.keys(all) as (keyof Draft)[]).filter((field) => JSON.stringify(draft[field]) !== JSON.stringify(stored[field]));
    const body = Object.fromEntries(changed.map((field) => [field, all[field]]));
    setSaved(
      await run(async () => {
        const answer = draftOf(await api.put<GovernanceSettings>(settingsPath, body));
        setStored(answer);
        setDraft(answer);
      }),
    );
  };
  const readOnly = canSave ? undefined : ("default" as const);
  const numberField = (name: (typeof numbers)[number], help?: MessageKey) => (
    <Field name={name} label={name} error={fieldError(error, name)} help={help}>
      <TextInput id={`gov-${name}`} value={draft[name]} onChange={(_e, v) => set({ [name]: v })} readOnlyVariant={readOnly} {...errorProps(`gov-${name}`, fieldError(error, name))} />
    </Field>
  );
  return (
    <Form
      isHorizontal
      isWidthLimited
      onSubmit={(event) => {
        event.preventDefault();
        if (canSave) void save();
      }}
    >
      <ApiErrorAlert error={error} />
      {saved && <Alert variant="success" isInline isLiveRegion title={t("governanceSettingsSaved")} />}
      <Field name="mode" label="governanceMode" error={fieldError(error, "mode")} help="governanceModeHelp">
        <FormSelect id="gov-mode" value={draft.mode} isDisabled={!canSave} onChange={(_e, v) => set({ mode: v })} {...errorProps("gov-mode", fieldError(error, "mode"))}>
          {modes.map((m) => (
            <FormSelectOption key={m} value={m} label={modeText(m)} />
          ))}
        </FormSelect>
      </Field>
      <Field name="autoApply" label="autoApply" error={fieldError(error, "autoApply")} role="group">
        {categories.map((c) => (
          <Checkbox
            key={c}
            id={`gov-auto-${c}`}
            label={categoryText(c)}
            isDisabled={!canSave}
            isChecked={draft.autoApply.includes(c)}
            onChange={(_e, on) => set({ autoApply: on ? [...draft.autoApply, c] : draft.autoApply.filter((x) => x !== c) })}
          />
        ))}
      </Field>
      {numberField("dormantDays")}
      {numberField("unusedDays")}
      <Field name="peerAttributes" label="peerAttributes" error={fieldError(error, "peerAttributes")} help="peerAttributesHelp">
        <TextInput id="gov-peerAttributes" value={draft.peerAttributes} onChange={(_e, v) => set({ peerAttributes: v })} readOnlyVariant={readOnly} {...errorProps("gov-peerAttributes", fieldError(error, "peerAttributes"))} />
      </Field>
      <Field name="privilegedItems" label="privilegedItems" error={fieldError(error, "privilegedItems")} help="privilegedItemsHelp">
        <TextArea id="gov-privilegedItems" value={draft.privilegedItems} onChange={(_e, v) => set({ privilegedItems: v })} readOnlyVariant={readOnly} rows={3} {...errorProps("gov-privilegedItems", fieldError(error, "privilegedItems"))} />
      </Field>
      {numberField("rejectionSuppressionDays")}
      {numberField("minConfidence", "minConfidenceHelp")}
      {canSave && (
        <ActionGroup>
          <Button variant="primary" type="submit" isLoading={busy} isDisabled={busy}>
            {t("save")}
          </Button>
        </ActionGroup>
      )}
    </Form>
  );
}

/**
 * One setting: its label, the control, and either the server's refusal of this field or the help text. The control
 * `gov-{name}` names the refusal with errorProps; a group of checkboxes is described by it as a whole.
 */
function Field({ name, label, error, help, role, children }: { name: string; label: MessageKey; error?: string; help?: MessageKey; role?: string; children: ReactNode }) {
  const fieldId = `gov-${name}`;
  return (
    <FormGroup label={t(label)} fieldId={fieldId} role={role} isStack={role === "group"} aria-describedby={role === "group" && error ? errorId(fieldId) : undefined}>
      {children}
      {error ? (
        <FieldErrorHelp fieldId={fieldId} text={error} />
      ) : (
        help && (
          <FormHelperText>
            <HelperText>
              <HelperTextItem>{t(help)}</HelperTextItem>
            </HelperText>
          </FormHelperText>
        )
      )}
    </FormGroup>
  );
}
