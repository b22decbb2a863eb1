import { Button, Form, FormGroup, ModalVariant, TextArea, TextInput } from "@patternfly/react-core";
import { useState, type FormEvent } from "react";
import { ApiError } from "../api/client";
import { ApiErrorAlert } from "./ApiErrorAlert";
import { ChangeModal } from "./ChangeModal";
import { errorProps, FieldErrorHelp } from "./FieldErrorHelp";
import { useSubmit } from "./useSubmit";

export interface FormField {
  /** The JSON field it fills; a 400 naming it is shown under this input. */
  name: string;
  label: string;
  required?: boolean;
  multiline?: boolean;
}

/**
 * A modal form of a few text fields (create a solution, a role...). A refusal that names one of the fields is
 * shown under that field; any other refusal is shown above the buttons.
 */
export function FormFieldsModal({
  title,
  fields,
  submitLabel,
  onSubmit,
  onClose,
}: {
  title: string;
  fields: FormField[];
  submitLabel: string;
  onSubmit: (values: Record<string, string>) => Promise<unknown>;
  /** `refused`: the server refused the last try, so what the page shows may be out of date. */
  onClose: (refused: boolean) => void;
}) {
  const [values, setValues] = useState<Record<string, string>>({});
  const { busy, error, run } = useSubmit();
  const fieldError = error instanceof ApiError && fields.some((f) => f.name === error.field) ? error : undefined;
  const missing = fields.some((f) => f.required && !(values[f.name] ?? "").trim());
  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (missing || busy) return;
    const trimmed = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.trim()]).filter(([, v]) => v !== ""));
    if (await run(() => onSubmit(trimmed))) onClose(false);
  };
  const close = () => onClose(error !== undefined);
  const formId = `form-${title.replace(/\W+/g, "-").toLowerCase()}`;
  return (
    <ChangeModal
      variant={ModalVariant.small}
      title={title}
      busy={busy}
      onClose={close}
      actions={[
        <Button key="submit" type="submit" form={formId} isDisabled={missing || busy} isLoading={busy}>
          {submitLabel}
        </Button>,
      ]}
    >
      <Form id={formId} onSubmit={submit}>
        {fields.map((field) => {
          const id = `${formId}-${field.name}`;
          const refused = fieldError?.field === field.name ? fieldError.message : undefined;
          const onChange = (_event: unknown, value: string) => setValues((v) => ({ ...v, [field.name]: value }));
          const common = { id, name: field.name, value: values[field.name] ?? "", ...errorProps(id, refused) };
          return (
            <FormGroup key={field.name} label={field.label} fieldId={id} isRequired={field.required}>
              {field.multiline ? <TextArea {...common} onChange={onChange} /> : <TextInput {...common} onChange={onChange} />}
              {refused && <FieldErrorHelp fieldId={id} text={refused} />}
            </FormGroup>
          );
        })}
        {!fieldError && <ApiErrorAlert error={error} />}
      </Form>
    </ChangeModal>
  );
}
