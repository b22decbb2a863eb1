import { Alert, FormGroup, FormHelperText, HelperText, HelperTextItem, TextArea } from "@patternfly/react-core";
import { useState } from "react";
import { ApiError } from "../api/client";
import { t } from "../messages";
import { errorProps, FieldErrorHelp } from "./FieldErrorHelp";

/** The body of a 409 that a preventive separation-of-duties rule answers. */
export interface SodConflict {
  error: "sod_violation";
  rule: { id: string; name: string };
  itemKeys: string[];
  message: string;
}

export function sodConflict(error: unknown): SodConflict | undefined {
  const body = error instanceof ApiError && error.status === 409 ? (error.body as Partial<SodConflict> | undefined) : undefined;
  return body?.error === "sod_violation" ? (body as SodConflict) : undefined;
}

/**
 * A change a preventive separation-of-duties rule may refuse (a grant, a membership, an approval): after the 409 the
 * form names the rule and asks for a justification, and the change is sent again with `sodOverride`, which the
 * server audits. Until a rule refused, nothing shows and nothing is added to the body.
 */
export function useSodOverride() {
  const [conflict, setConflict] = useState<SodConflict>();
  const [override, setOverride] = useState("");
  return {
    conflict,
    override,
    setOverride,
    /** A justification is missing for a change a rule refused. */
    blocked: !!conflict && !override.trim(),
    /** Remembers the rule if `error` is its refusal; true then. */
    caught(error: unknown): boolean {
      const refused = sodConflict(error);
      if (refused) setConflict(refused);
      return !!refused;
    },
    /** The change was edited: the refusal and its justification were about the change as it was. */
    reset() {
      setConflict(undefined);
      setOverride("");
    },
    /** The request body, with the justification once a rule refused. */
    body<T extends object>(body: T): T & { sodOverride?: string } {
      return conflict ? { ...body, sodOverride: override.trim() } : body;
    },
  };
}

export type SodOverrideState = ReturnType<typeof useSodOverride>;

/** The refused rule and the justification field, once a rule refused; `error`, the server's refusal of the justification. */
export function SodOverrideFields({ state, fieldId, help, error }: { state: SodOverrideState; fieldId: string; help: string; error?: string }) {
  if (!state.conflict) return null;
  return (
    <>
      <Alert variant="warning" isInline isLiveRegion title={t("sodRefused", { rule: state.conflict.rule.name, message: state.conflict.message })} />
      <FormGroup label={t("sodOverride")} fieldId={fieldId} isRequired>
        <TextArea id={fieldId} value={state.override} onChange={(_e, v) => state.setOverride(v)} {...errorProps(fieldId, error)} />
        {error ? (
          <FieldErrorHelp fieldId={fieldId} text={error} />
        ) : (
          <FormHelperText>
            <HelperText>
              <HelperTextItem>{help}</HelperTextItem>
            </HelperText>
          </FormHelperText>
        )}
      </FormGroup>
    </>
  );
}
