import { Alert, Button, Form, FormGroup, Stack, StackItem, Text, TextContent, Title } from "@patternfly/react-core";
import { useState, type ChangeEvent } from "react";
import { useConsole } from "../app/ConsoleContext";
import { t } from "../messages";
import { ApiErrorAlert } from "../shared/ApiErrorAlert";
import { planOf, type ImportPlan } from "./plan";
import { PlanView } from "./PlanView";

/** Import in two steps: a dry run of the chosen file shows the plan; applying it writes, all or nothing. */
export function ImportSection() {
  const { api } = useConsole();
  const [document, setDocument] = useState<unknown>();
  const [dryRun, setDryRun] = useState<ImportPlan>();
  const [applied, setApplied] = useState<ImportPlan>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  const run = async (body: unknown, apply: boolean) => {
    setBusy(true);
    setError(undefined);
    try {
      const plan = await api.post<ImportPlan>("/runtime-access/import", body, { dryRun: !apply });
      if (apply) setApplied(plan);
      else setDryRun(plan);
    } catch (e) {
      // A refused import answers 400 with its plan: show the plan's problems rather than a bare message.
      const plan = planOf(e);
      if (plan) setDryRun(plan);
      else setError(e);
    } finally {
      setBusy(false);
    }
  };
  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // emptied, so that choosing the same file again (fixed after a dry run's problems, or after an apply) runs again
    event.target.value = "";
    setDryRun(undefined);
    setApplied(undefined);
    setError(undefined);
    setDocument(undefined);
    if (!file) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readText(file));
    } catch (e) {
      setError(new Error(t("invalidJson", { error: e instanceof Error ? e.message : String(e) })));
      return;
    }
    setDocument(parsed);
    await run(parsed, false);
  };
  const canApply = !!dryRun && dryRun.problems.length === 0 && !applied && !busy;
  return (
    <Stack hasGutter>
      <StackItem>
        <Title headingLevel="h2">{t("importTitle")}</Title>
        <TextContent>
          <Text>{t("importHelp")}</Text>
        </TextContent>
      </StackItem>
      <StackItem>
        <Form onSubmit={(event) => event.preventDefault()}>
          <FormGroup label={t("upload")} fieldId="import-file">
            <input id="import-file" type="file" accept="application/json,.json" onChange={choose} disabled={busy} />
          </FormGroup>
        </Form>
      </StackItem>
      <StackItem>
        <ApiErrorAlert error={error} />
      </StackItem>
      {applied && (
        <>
          <StackItem>
            <Alert variant="success" isInline isLiveRegion title={t("applied")} />
          </StackItem>
          <StackItem>
            <PlanView plan={applied} title={t("appliedPlan")} testId="applied-plan" />
          </StackItem>
        </>
      )}
      {dryRun && !applied && (
        <>
          <StackItem>
            <PlanView plan={dryRun} title={t("dryRunTitle")} testId="dry-run-plan" />
          </StackItem>
          <StackItem>
            <Alert
              variant={dryRun.problems.length === 0 ? "info" : "danger"}
              isInline
              isPlain
              isLiveRegion
              title={dryRun.problems.length === 0 ? t("planNoProblems") : t("planHasProblems")}
            />
          </StackItem>
          <StackItem>
            <Button onClick={() => run(document, true)} isDisabled={!canApply} isLoading={busy}>
              {t("apply")}
            </Button>
          </StackItem>
        </>
      )}
    </Stack>
  );
}

/** FileReader rather than Blob.text(): every browser the console supports has it, and so do test DOMs. */
export function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}
