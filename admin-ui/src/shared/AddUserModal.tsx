import { Button, Form, FormGroup, ModalVariant, TextInput } from "@patternfly/react-core";
import { useState } from "react";
import { useConsole } from "../app/ConsoleContext";
import { t } from "../messages";
import { ApiErrorAlert } from "./ApiErrorAlert";
import { ChangeModal } from "./ChangeModal";
import { errorProps, FieldErrorHelp } from "./FieldErrorHelp";
import { fieldError } from "./fieldError";
import { SodOverrideFields, useSodOverride } from "./SodOverride";

export interface AddUserModalProps {
  /** The admin API path the user is posted to, as `{"username": ...}`. */
  path: string;
  title: string;
  label: string;
  fieldId: string;
  onClose: (changed: boolean) => void;
}

/**
 * Adds one user, named by username or email, to whatever list `path` is (a group's members, an object's owners);
 * the server's refusal shows under the field it names. `onClose(true)` when the list changed.
 */
export function AddUserModal({ path, title, label, fieldId, onClose }: AddUserModalProps) {
  const { api } = useConsole();
  const [username, setUsername] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const sod = useSodOverride();
  const submit = async () => {
    if (busy || sod.blocked) return;
    setBusy(true);
    setError(undefined);
    try {
      await api.post(path, sod.body({ username: username.trim() }));
      onClose(true);
    } catch (e) {
      setError(sod.caught(e) ? undefined : e);
      setBusy(false);
    }
  };
  // no such user (404) and already there (409) are about what was typed: shown under the field, as a 400 is
  const refusals = [400, 404, 409];
  const usernameError = fieldError(error, "username", refusals) ?? fieldError(error, "userId or username", refusals);
  return (
    <ChangeModal
      variant={ModalVariant.small}
      title={title}
      busy={busy}
      onClose={() => onClose(false)}
      actions={[
        <Button key="add" variant="primary" onClick={submit} isLoading={busy} isDisabled={busy || !username.trim() || sod.blocked}>
          {t("add")}
        </Button>,
      ]}
    >
      <Form
        onSubmit={(event) => {
          event.preventDefault();
          if (username.trim()) void submit();
        }}
      >
        {!usernameError && <ApiErrorAlert error={error} />}
        <FormGroup label={label} fieldId={fieldId} isRequired>
          <TextInput id={fieldId} value={username} onChange={(_e, v) => {
            setUsername(v);
            sod.reset();
          }} isRequired {...errorProps(fieldId, usernameError)} />
          {usernameError && <FieldErrorHelp fieldId={fieldId} text={usernameError} />}
        </FormGroup>
        <SodOverrideFields state={sod} fieldId={`${fieldId}-override`} help={t("sodOverrideChangeHelp")} />
      </Form>
    </ChangeModal>
  );
}
