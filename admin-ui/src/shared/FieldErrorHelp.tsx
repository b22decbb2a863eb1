import { FormHelperText, HelperText, HelperTextItem } from "@patternfly/react-core";

/** The server's refusal of one field, under that field. */
export function FieldErrorHelp({ text }: { text: string }) {
  return (
    <FormHelperText>
      <HelperText>
        <HelperTextItem variant="error">{text}</HelperTextItem>
      </HelperText>
    </FormHelperText>
  );
}
