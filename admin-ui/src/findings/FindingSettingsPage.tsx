import {
  ActionGroup,
  Alert,
  Button,
  Checkbox,
  Form,
  FormGroup,
  FormHelperText,
  FormSection,
  FormSelect,
  FormSelectOption,
  HelperText,
  HelperTextItem,
  PageSection,
  TextInput,
} from "@patternfly/react-core";
import { useState } from "react";
import { useConsole } from "../app/ConsoleContext";
import { t, type MessageKey } from "../messages";
import { ApiErrorAlert } from "../shared/ApiErrorAlert";
import { fieldError } from "../shared/fieldError";
import { errorProps, FieldErrorHelp } from "../shared/FieldErrorHelp";
import { LoadState } from "../shared/LoadState";
import { PageHeader } from "../shared/PageHeader";
import { useLoader } from "../shared/useLoader";
import { findingsPath, severityText } from "./model";
import { useSubmit } from "../shared/useSubmit";

/** GET/PUT anomaly-findings/settings (FindingSettingsResource): the secret is write-only, reads only say it is set. */
interface Settings {
  webhookUrl: string | null;
  webhookSecretSet: boolean;
  responses: Partial<Record<Level, string>>;
  problems?: string[];
}

const levels = ["low", "medium", "high", "critical"] as const;
type Level = (typeof levels)[number];
const responseKeys: [string, MessageKey][] = [
  ["none", "responseNone"],
  ["revoke-sessions", "responseRevokeSessions"],
  ["disable-user", "responseDisableUser"],
];
const settingsPath = `${findingsPath}/settings`;

export function FindingSettingsPage() {
  const { api } = useConsole();
  const [loaded, reload] = useLoader(() => api.get<Settings>(settingsPath), [api]);
  return (
    <>
      <PageHeader title={t("findingSettingsTitle")} description={t("findingSettingsDescription")} />
      <PageSection variant="light">
        <LoadState loaded={loaded} onRetry={reload}>
          {(settings) => <SettingsForm initial={settings} />}
        </LoadState>
      </PageSection>
    </>
  );
}

function responsesOf(settings: Settings): Record<Level, string> {
  return Object.fromEntries(levels.map((level) => [level, settings.responses?.[level] ?? "none"])) as Record<Level, string>;
}

function SettingsForm({ initial }: { initial: Settings }) {
  const { api, permissions } = useConsole();
  // The webhook is realm configuration (manage-realm); responses sign users out or disable them (manage-users too).
  const canSave = permissions.manageRealm;
  const canChangeResponses = permissions.manageRealm && permissions.manageUsers;
  const [settings, setSettings] = useState(initial);
  const [url, setUrl] = useState(initial.webhookUrl ?? "");
  const [secret, setSecret] = useState("");
  const [removeSecret, setRemoveSecret] = useState(false);
  const [responses, setResponses] = useState(() => responsesOf(initial));
  const { busy, error, run } = useSubmit();
  const [saved, setSaved] = useState(false);
  // "Saved" describes what is on screen: the first edit after a save takes it away.
  const edit = (change: () => void) => {
    setSaved(false);
    change();
  };
  const save = async () => {
    setSaved(false);
    const body: Record<string, unknown> = {};
    // Only a changed URL is sent: the server checks a URL it is sent again (its host may no longer pass), and a stored
    // one that fails now must not refuse a change of the responses or the secret.
    if (url.trim() !== (settings.webhookUrl ?? "")) body.webhookUrl = url.trim();
    // Left empty, the secret stays as it is; "" is how the API removes it.
    if (removeSecret) body.webhookSecret = "";
    else if (secret) body.webhookSecret = secret;
    // Only the levels changed here: the API keeps the others, so another admin's change of a level is not undone.
    const current = responsesOf(settings);
    const changed = levels.filter((level) => responses[level] !== current[level]);
    if (canChangeResponses && changed.length > 0) body.responses = Object.fromEntries(changed.map((level) => [level, responses[level]]));
    const stored = await run(async () => {
      const answer = await api.put<Settings>(settingsPath, body);
      setSettings(answer);
      setUrl(answer.webhookUrl ?? "");
      setResponses(responsesOf(answer));
      setSecret("");
      setRemoveSecret(false);
    });
    setSaved(stored);
  };
  const urlError = fieldError(error, "webhookUrl");
  const secretError = fieldError(error, "webhookSecret");
  return (
    <Form
      isHorizontal
      isWidthLimited
      onSubmit={(event) => {
        event.preventDefault();
        if (canSave) void save();
      }}
    >
      {settings.problems && settings.problems.length > 0 && (
        <Alert variant="warning" isInline title={t("settingsProblems", { problems: settings.problems.join("; ") })} />
      )}
      <ApiErrorAlert error={error} />
      {saved && <Alert variant="success" isInline isLiveRegion title={t("settingsSaved")} />}
      <FormSection title={t("webhook")} titleElement="h2">
        <FormGroup label={t("webhookUrl")} fieldId="webhook-url">
          <TextInput id="webhook-url" type="url" value={url} onChange={(_e, v) => edit(() => setUrl(v))} readOnlyVariant={canSave ? undefined : "default"} {...errorProps("webhook-url", urlError)} />
          {urlError ? <FieldErrorHelp fieldId="webhook-url" text={urlError} /> : <Help text={t("webhookUrlHelp")} />}
        </FormGroup>
        {canSave ? (
          <FormGroup label={t("webhookSecret")} fieldId="webhook-secret">
            <TextInput
              id="webhook-secret"
              type="password"
              autoComplete="new-password"
              value={secret}
              isDisabled={removeSecret}
              onChange={(_e, v) => edit(() => setSecret(v))}
              {...errorProps("webhook-secret", secretError)}
            />
            {secretError ? <FieldErrorHelp fieldId="webhook-secret" text={secretError} /> : <Help text={settings.webhookSecretSet ? t("webhookSecretSet") : t("webhookSecretHelp")} />}
            {settings.webhookSecretSet && (
              <Checkbox id="remove-webhook-secret" label={t("removeWebhookSecret")} isChecked={removeSecret} onChange={(_e, checked) => edit(() => setRemoveSecret(checked))} />
            )}
          </FormGroup>
        ) : (
          settings.webhookSecretSet && <p>{t("webhookSecretSet")}</p>
        )}
      </FormSection>
      <FormSection title={t("automaticResponses")} titleElement="h2">
        <Help text={canSave && !canChangeResponses ? t("responsesNeedManageUsers") : t("responsesHelp")} />
        {levels.map((level) => {
          const levelError = fieldError(error, `responses.${level}`);
          return (
            <FormGroup key={level} label={t("responseFor", { severity: severityText(level.toUpperCase()) })} fieldId={`response-${level}`}>
              <FormSelect
                id={`response-${level}`}
                value={responses[level]}
                isDisabled={!canChangeResponses}
                onChange={(_e, v) => edit(() => setResponses((current) => ({ ...current, [level]: v })))}
                {...errorProps(`response-${level}`, levelError)}
              >
                {responseKeys.map(([value, key]) => (
                  <FormSelectOption key={value} value={value} label={t(key)} />
                ))}
              </FormSelect>
              {levelError && <FieldErrorHelp fieldId={`response-${level}`} text={levelError} />}
            </FormGroup>
          );
        })}
      </FormSection>
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

function Help({ text }: { text: string }) {
  return (
    <FormHelperText>
      <HelperText>
        <HelperTextItem>{text}</HelperTextItem>
      </HelperText>
    </FormHelperText>
  );
}
