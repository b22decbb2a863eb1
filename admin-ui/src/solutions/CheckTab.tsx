import {
  ActionGroup,
  Button,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Form,
  FormGroup,
  FormSelect,
  FormSelectOption,
  Label,
  LabelGroup,
  Stack,
  TextInput,
  Title,
} from "@patternfly/react-core";
import { useRef, useState, type FormEvent } from "react";
import { useConsole } from "../app/ConsoleContext";
import { t, type MessageKey } from "../messages";
import { ApiErrorAlert } from "../shared/ApiErrorAlert";
import { activeBuild, type Solution } from "./types";

type ResourceType = "solution" | "swimlane" | "ui-flow";

/** The actions each resource type answers to (docs/api.md, Check API). */
const actionsOf: Record<ResourceType, string[]> = {
  solution: ["use"],
  swimlane: ["view", "execute", "self-assign"],
  "ui-flow": ["interact"],
};
const typeLabel: Record<ResourceType, MessageKey> = { solution: "kindSolution", swimlane: "kindSwimlane", "ui-flow": "kindUiFlow" };

interface Decision {
  decision: boolean;
  context?: { code?: string; reason?: string };
  roles?: string[];
}

/** Asks the server what the check API would answer for a user, an action and a resource of this solution. */
export function CheckTab({ solution }: { solution: Solution }) {
  const { api } = useConsole();
  const resources = activeBuild(solution)?.resources ?? [];
  const [user, setUser] = useState("");
  const [type, setType] = useState<ResourceType>("solution");
  const [action, setAction] = useState("use");
  const [resource, setResource] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [answer, setAnswer] = useState<Decision>();
  const named = resources.filter((r) => r.kind === type).map((r) => r.name);

  // an answer is about the inputs it was asked with: any change puts it away, and an answer still on its way
  // for the old inputs is dropped when it comes
  const asked = useRef(0);
  const changed = <T,>(set: (value: T) => void) => (value: T) => {
    asked.current++;
    setAnswer(undefined);
    setError(undefined);
    set(value);
  };
  const changeType = (next: ResourceType) => {
    asked.current++;
    setAnswer(undefined);
    setError(undefined);
    setType(next);
    setAction(actionsOf[next][0]);
    setResource(resources.find((r) => r.kind === next)?.name ?? "");
  };
  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!user.trim() || busy || (type !== "solution" && !resource.trim())) return;
    setBusy(true);
    setError(undefined);
    setAnswer(undefined);
    const question = ++asked.current;
    try {
      const target =
        type === "solution"
          ? { type, id: solution.id }
          : { type, id: resource.trim(), properties: { solution: solution.id } };
      const decided = await api.post<Decision>("/runtime-access/check", {
        subject: { type: "user", id: user.trim() },
        action: { name: action },
        resource: target,
      });
      if (question === asked.current) setAnswer(decided);
    } catch (e) {
      if (question === asked.current) setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack hasGutter>
      <Title headingLevel="h2">{t("checkTitle")}</Title>
      <Form onSubmit={submit} isWidthLimited>
        <FormGroup label={t("checkUser")} fieldId="check-user" isRequired>
          <TextInput id="check-user" value={user} onChange={(_event, value) => changed(setUser)(value)} placeholder={t("principalPlaceholder")} />
        </FormGroup>
        <FormGroup label={t("checkResourceType")} fieldId="check-type">
          <FormSelect id="check-type" value={type} onChange={(_event, value) => changeType(value as ResourceType)}>
            {(Object.keys(actionsOf) as ResourceType[]).map((kind) => (
              <FormSelectOption key={kind} value={kind} label={t(typeLabel[kind])} />
            ))}
          </FormSelect>
        </FormGroup>
        <FormGroup label={t("checkResource")} fieldId="check-resource" isRequired={type !== "solution"}>
          {type === "solution" ? (
            <TextInput id="check-resource" value={t("checkSolutionResource")} readOnlyVariant="default" />
          ) : named.length > 0 ? (
            <FormSelect id="check-resource" value={resource} onChange={(_event, value) => changed(setResource)(value)}>
              {named.map((name) => (
                <FormSelectOption key={name} value={name} label={name} />
              ))}
            </FormSelect>
          ) : (
            <TextInput id="check-resource" value={resource} onChange={(_event, value) => changed(setResource)(value)} />
          )}
        </FormGroup>
        <FormGroup label={t("checkAction")} fieldId="check-action">
          <FormSelect id="check-action" value={action} onChange={(_event, value) => changed(setAction)(value)}>
            {actionsOf[type].map((name) => (
              <FormSelectOption key={name} value={name} label={name} />
            ))}
          </FormSelect>
        </FormGroup>
        <ApiErrorAlert error={error} />
        <ActionGroup>
          <Button type="submit" isDisabled={!user.trim() || busy || (type !== "solution" && !resource.trim())} isLoading={busy}>
            {t("checkSubmit")}
          </Button>
        </ActionGroup>
      </Form>
      {answer && <DecisionView answer={answer} />}
    </Stack>
  );
}

function DecisionView({ answer }: { answer: Decision }) {
  return (
    <DescriptionList isHorizontal aria-label={t("decision")} data-testid="check-decision">
      <DescriptionListGroup>
        <DescriptionListTerm>{t("decision")}</DescriptionListTerm>
        <DescriptionListDescription>
          <Label color={answer.decision ? "green" : "red"}>{t(answer.decision ? "decisionAllow" : "decisionDeny")}</Label>
        </DescriptionListDescription>
      </DescriptionListGroup>
      <DescriptionListGroup>
        <DescriptionListTerm>{t("decisionCode")}</DescriptionListTerm>
        <DescriptionListDescription>{answer.context?.code ?? ""}</DescriptionListDescription>
      </DescriptionListGroup>
      <DescriptionListGroup>
        <DescriptionListTerm>{t("decisionReason")}</DescriptionListTerm>
        <DescriptionListDescription>{answer.context?.reason ?? ""}</DescriptionListDescription>
      </DescriptionListGroup>
      <DescriptionListGroup>
        <DescriptionListTerm>{t("checkRoles")}</DescriptionListTerm>
        <DescriptionListDescription>
          {answer.roles && answer.roles.length > 0 ? (
            <LabelGroup numLabels={20}>
              {answer.roles.map((role) => (
                <Label key={role} isCompact>
                  {role}
                </Label>
              ))}
            </LabelGroup>
          ) : (
            t("checkNoRoles")
          )}
        </DescriptionListDescription>
      </DescriptionListGroup>
    </DescriptionList>
  );
}
