import { FormHelperText, HelperText, HelperTextItem } from "@patternfly/react-core";

/** The id of the refusal shown under the control `fieldId`. */
export const errorId = (fieldId: string) => `${fieldId}-error`;

/**
 * The props of the control `fieldId` for its refusal, if any: marked invalid, and described by the refusal shown
 * under it, so that a screen reader reads what is wrong with the field when it reaches the field.
 */
export function errorProps(fieldId: string, error: string | undefined) {
  return error ? { validated: "error" as const, "aria-describedby": errorId(fieldId) } : { validated: "default" as const };
}

/** The server's refusal of one field, under that field; the control names it with `errorProps`. */
export function FieldErrorHelp({ fieldId, text }: { fieldId: string; text: string }) {
  return (
    <FormHelperText>
      <HelperText>
        <HelperTextItem variant="error" id={errorId(fieldId)}>
          {text}
        </HelperTextItem>
      </HelperText>
    </FormHelperText>
  );
}
