import { Alert, Button, Form, FormGroup, FormSelect, FormSelectOption, Modal, ModalVariant, TextArea, TextInput } from "@patternfly/react-core";
import { useState, type FormEvent } from "react";
import { ApiError } from "../api/client";
import { useConsole } from "../app/ConsoleContext";
import { t } from "../messages";
import { ApiErrorAlert } from "../shared/ApiErrorAlert";
import { FieldErrorHelp } from "../shared/FieldErrorHelp";
import { fieldError } from "../shared/fieldError";
import { SodOverrideFields, useSodOverride } from "../shared/SodOverride";
import { emptyInvite, InviteFields, inviteRefusal, inviteUser } from "./InviteFields";
import { PrincipalTypeahead, type PrincipalOption } from "./PrincipalTypeahead";
import type { Share, Solution } from "./types";

/**
 * Grants one role of the solution to a user or an end-user group. Only the Active Policy's roles can be granted,
 * so the modal says which build is active and what it offers before the admin picks a role.
 */
export function ShareModal({ solution, share, onClose, onShared }: { solution: Solution; share: Share; onClose: () => void; onShared: () => void }) {
  const { api, permissions } = useConsole();
  const [principal, setPrincipal] = useState<PrincipalOption>();
  const [role, setRole] = useState(share.offeredRoles[0] ?? "");
  const [expires, setExpires] = useState("");
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [inviting, setInviting] = useState(false);
  const [invite, setInvite] = useState(emptyInvite);
  const sod = useSodOverride();
  // datetime-local is the admin's local time, as new Date reads it
  const expiresPast = expires !== "" && new Date(expires).getTime() <= Date.now();
  const chosen = inviting ? invite.email.trim() !== "" : !!principal;
  const ready = chosen && !!role && !busy && !sod.blocked && !expiresPast;
  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!ready) return;
    setBusy(true);
    setError(undefined);
    try {
      // an invited user is then shared with as any other: a grant refused after the invitation keeps the user chosen
      const who = inviting ? await inviteUser(api, invite) : principal!;
      if (inviting) {
        setPrincipal(who);
        setInviting(false);
      }
      const body: Record<string, unknown> = { principal: { type: who.type, id: who.id }, role };
      // datetime-local is the admin's local time; the server takes an instant.
      if (expires) body.expiresAt = new Date(expires).toISOString();
      if (reason.trim()) body.reason = reason.trim();
      await api.post(`/runtime-access/solutions/${encodeURIComponent(solution.id)}/grants`, sod.body(body));
      onShared();
      onClose();
    } catch (e) {
      setError(sod.caught(e) ? undefined : e);
    } finally {
      setBusy(false);
    }
  };
  const gotcha = share.activeBuildName
    ? t("activePolicyGotcha", { build: share.activeBuildName, roles: share.offeredRoles.join(", ") || t("checkNoRoles") })
    : t("noActivePolicyGotcha");
  // The server refuses a role outside the Active Policy with a 400 naming it (say the policy switched meanwhile):
  // that is the gotcha again, so it is shown as its explanation.
  const refusedByPolicy = error instanceof ApiError && error.status === 400 && /active policy/i.test(error.message);
  // Any other refusal that names a field is shown under it: an unknown user (404), a grant that exists (409).
  const fieldErrors = {
    principal: fieldError(error, "principal", [400, 404]) ?? fieldError(error, "principal.type") ?? fieldError(error, "principal.id", [400, 404]),
    role: refusedByPolicy ? undefined : fieldError(error, "role", [400, 409]),
    expiresAt: fieldError(error, "expiresAt"),
    reason: fieldError(error, "reason"),
    sodOverride: fieldError(error, "sodOverride"),
  };
  const shownAtField = Object.values(fieldErrors).some(Boolean) || inviteRefusal(error);
  return (
    <Modal
      variant={ModalVariant.medium}
      title={t("shareModalTitle", { solution: solution.name })}
      isOpen
      // not while an invitation and its grant run: closed then, a mailed user could be left without the grant unseen
      onClose={busy ? undefined : onClose}
      actions={[
        <Button key="share" type="submit" form="share-form" isDisabled={!ready} isLoading={busy}>
          {t("share")}
        </Button>,
        <Button key="cancel" variant="link" onClick={onClose} isDisabled={busy}>
          {t("cancel")}
        </Button>,
      ]}
    >
      <Form id="share-form" onSubmit={submit}>
        <Alert variant={refusedByPolicy ? "danger" : "info"} isInline title={gotcha} data-testid="active-policy-gotcha">
          {refusedByPolicy && (error as ApiError).message}
        </Alert>
        {inviting ? (
          <>
            <Alert variant="info" isInline isPlain title={t("inviteHelp")} />
            <InviteFields value={invite} onChange={(value) => {
              setInvite(value);
              sod.reset();
            }} error={error} />
          </>
        ) : (
          <FormGroup label={t("principal")} fieldId="share-principal" isRequired>
            <PrincipalTypeahead
              inputId="share-principal"
              value={principal}
              onChange={(chosen) => {
                setPrincipal(chosen);
                sod.reset();
              }}
            />
            {fieldErrors.principal && <FieldErrorHelp text={fieldErrors.principal} />}
          </FormGroup>
        )}
        {permissions.manageUsers && (
          <Button variant="link" isInline onClick={() => {
            // another principal: the last refusal and its justification were about the one before
            setInviting(!inviting);
            setError(undefined);
            sod.reset();
          }}>
            {inviting ? t("chooseInstead") : t("inviteInstead")}
          </Button>
        )}
        <FormGroup label={t("role")} fieldId="share-role" isRequired>
          <FormSelect id="share-role" value={role} onChange={(_event, value) => {
              setRole(value);
              sod.reset();
            }} isDisabled={share.offeredRoles.length === 0}>
            {share.offeredRoles.map((offered) => (
              <FormSelectOption key={offered} value={offered} label={offered} />
            ))}
          </FormSelect>
          {fieldErrors.role && <FieldErrorHelp text={fieldErrors.role} />}
        </FormGroup>
        <FormGroup label={t("expiresOptional")} fieldId="share-expires">
          <TextInput
            id="share-expires"
            type="datetime-local"
            value={expires}
            validated={expiresPast || fieldErrors.expiresAt ? "error" : "default"}
            onChange={(_event, value) => setExpires(value)}
          />
          {expiresPast ? <FieldErrorHelp text={t("expiresInThePast")} /> : fieldErrors.expiresAt && <FieldErrorHelp text={fieldErrors.expiresAt} />}
        </FormGroup>
        <FormGroup label={t("reasonOptional")} fieldId="share-reason">
          <TextArea id="share-reason" value={reason} onChange={(_event, value) => setReason(value)} resizeOrientation="vertical" validated={fieldErrors.reason ? "error" : "default"} />
          {fieldErrors.reason && <FieldErrorHelp text={fieldErrors.reason} />}
        </FormGroup>
        <SodOverrideFields state={sod} fieldId="share-override" help={t("sodOverrideChangeHelp")} />
        {fieldErrors.sodOverride && <FieldErrorHelp text={fieldErrors.sodOverride} />}
        {!refusedByPolicy && !shownAtField && <ApiErrorAlert error={error} />}
      </Form>
    </Modal>
  );
}
