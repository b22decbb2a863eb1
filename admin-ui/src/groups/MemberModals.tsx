import { Alert, Button, Form, FormGroup, ModalVariant, TextArea } from "@patternfly/react-core";
import { useState } from "react";
import { ApiError } from "../api/client";
import { useConsole } from "../app/ConsoleContext";
import { t } from "../messages";
import { ApiErrorAlert } from "../shared/ApiErrorAlert";
import { AddUserModal } from "../shared/AddUserModal";
import { ChangeModal } from "../shared/ChangeModal";
import { errorId, errorProps } from "../shared/FieldErrorHelp";
import { SodOverrideFields, useSodOverride } from "../shared/SodOverride";
import { groupPath, type BulkResult, type Group } from "./model";

/** Adds one member, named by username or email; `onClose(true)` when the list changed. */
export function AddMemberModal({ group, onClose }: { group: Group; onClose: (changed: boolean) => void }) {
  return (
    <AddUserModal path={`${groupPath(group.id)}/members`} title={t("addMember")} label={t("memberUsername")}
      fieldId="member-username" onClose={onClose} />
  );
}

/** The names a 400 of the bulk call lists as unknown: then nothing was added. */
function unknownUsers(error: unknown): string[] | undefined {
  if (!(error instanceof ApiError) || error.status !== 400) return undefined;
  const unknown = (error.body as { unknown?: unknown } | undefined)?.unknown;
  return Array.isArray(unknown) ? unknown.map(String) : undefined;
}

/** Pastes many usernames or emails at once; the server adds all of them or, if any is unknown, none. */
export function BulkAddModal({ group, onClose }: { group: Group; onClose: (changed: boolean) => void }) {
  const { api } = useConsole();
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [result, setResult] = useState<BulkResult>();
  const sod = useSodOverride();
  const names = text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  const submit = async () => {
    if (busy || sod.blocked) return;
    setBusy(true);
    setError(undefined);
    try {
      setResult(await api.post<BulkResult>(`${groupPath(group.id)}/members/bulk`, sod.body({ members: names })));
    } catch (e) {
      setError(sod.caught(e) ? undefined : e);
    } finally {
      setBusy(false);
    }
  };
  const unknown = unknownUsers(error);
  const unknownText = unknown && t("unknownUsers", { names: unknown.join(", ") });
  const actions = result
    ? [
        <Button key="close" variant="primary" onClick={() => onClose(true)}>
          {t("close")}
        </Button>,
      ]
    : [
        <Button key="add" variant="primary" onClick={submit} isLoading={busy} isDisabled={busy || names.length === 0 || sod.blocked}>
          {t("add")}
        </Button>,
      ];
  return (
    <ChangeModal variant={ModalVariant.small} title={t("addMembers")} busy={busy} onClose={() => onClose(result !== undefined)}
      actions={actions} cancel={!result}>
      {result ? (
        <Alert variant="success" isInline isLiveRegion title={t("bulkAdded", { added: result.added.length, already: result.alreadyMembers.length })}>
          {result.added.length > 0 && <p>{t("bulkAddedNames", { names: result.added.join(", ") })}</p>}
          {result.alreadyMembers.length > 0 && <p>{t("bulkAlreadyNames", { names: result.alreadyMembers.join(", ") })}</p>}
        </Alert>
      ) : (
        <Form onSubmit={(event) => event.preventDefault()}>
          {unknownText ? (
            // it is about what was pasted: the field names it as its description
            <Alert variant="danger" isInline isLiveRegion title={unknownText} id={errorId("bulk-members")} />
          ) : (
            <ApiErrorAlert error={error} />
          )}
          <FormGroup label={t("pasteMembers")} fieldId="bulk-members" isRequired>
            <TextArea id="bulk-members" value={text} onChange={(_e, v) => {
              setText(v);
              sod.reset();
            }} rows={8} resizeOrientation="vertical" {...errorProps("bulk-members", unknownText)} />
          </FormGroup>
          <SodOverrideFields state={sod} fieldId="bulk-override" help={t("sodOverrideChangeHelp")} />
        </Form>
      )}
    </ChangeModal>
  );
}
