import { Button, Form, FormGroup, Modal, ModalVariant, TextArea, TextInput } from "@patternfly/react-core";
import { useState } from "react";
import { useConsole } from "../app/ConsoleContext";
import { t } from "../messages";
import { ApiErrorAlert } from "../shared/ApiErrorAlert";
import { fieldError } from "../shared/fieldError";
import { FieldErrorHelp as ErrorHelp } from "../shared/FieldErrorHelp";
import { groupsPath, type Group } from "./model";

/** Name and description of a new group; a refusal (name taken, bad name) stays in the modal next to its field. */
export function CreateGroupModal({ onCreated, onClose }: { onCreated: (group: Group) => void; onClose: () => void }) {
  const { api } = useConsole();
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const submit = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const created = await api.post<Group>(groupsPath, description ? { name, description } : { name });
      onCreated(created);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };
  const nameError = fieldError(error, "name");
  const descriptionError = fieldError(error, "description");
  return (
    <Modal
      variant={ModalVariant.small}
      title={t("createGroup")}
      isOpen
      onClose={onClose}
      actions={[
        <Button key="create" variant="primary" onClick={submit} isLoading={busy} isDisabled={busy || !name.trim()}>
          {t("create")}
        </Button>,
        <Button key="cancel" variant="link" onClick={onClose}>
          {t("cancel")}
        </Button>,
      ]}
    >
      <Form
        id="create-group-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim()) void submit();
        }}
      >
        <ApiErrorAlert error={error} />
        <FormGroup label={t("groupName")} fieldId="group-name" isRequired>
          <TextInput id="group-name" value={name} onChange={(_e, v) => setName(v)} isRequired validated={nameError ? "error" : "default"} />
          {nameError && <ErrorHelp text={nameError} />}
        </FormGroup>
        <FormGroup label={t("groupDescription")} fieldId="group-description">
          <TextArea id="group-description" value={description} onChange={(_e, v) => setDescription(v)} validated={descriptionError ? "error" : "default"} />
          {descriptionError && <ErrorHelp text={descriptionError} />}
        </FormGroup>
      </Form>
    </Modal>
  );
}
