import { Alert, Button, Form, FormGroup, FormSelect, FormSelectOption, ModalVariant, TextArea, TextInput } from "@patternfly/react-core";
import { useState, type FormEvent } from "react";
import { ApiError } from "../api/client";
import { useConsole } from "../app/ConsoleContext";
import { t } from "../messages";
import { ApiErrorAlert } from "../shared/ApiErrorAlert";
import { ChangeModal } from "../shared/ChangeModal";
import { errorProps, FieldErrorHelp } from "../shared/FieldErrorHelp";
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
    // shown under the justification, which is there only while a rule's refusal stands
    sodOverride: sod.conflict ? fieldError(error, "sodOverride") : undefined,
  };
  const expiresError = expiresPast ? t("expiresInThePast") : fieldErrors.expiresAt;
  const shownAtField = Object.values(fieldErrors).some(Boolean) || inviteRefusal(error);
  return (
    <ChangeModal
      variant={ModalVariant.medium}
      title={t("shareModalTitle", { solution: solution.name })}
      // not closed while an invitation and its grant run: a mailed user could be left without the grant unseen
      busy={busy}
      onClose={onClose}
      actions={[
        <Button key="share" type="submit" form="share-form" isDisabled={!ready} isLoading={busy}>
          {t("share")}
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
              error={fieldErrors.principal}
            />
            {fieldErrors.principal && <FieldErrorHelp fieldId="share-principal" text={fieldErrors.principal} />}
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
            }} isDisabled={share.offeredRoles.length === 0} {...errorProps("share-role", fieldErrors.role)}>
            {share.offeredRoles.map((offered) => (
              <FormSelectOption key={offered} value={offered} label={offered} />
            ))}
          </FormSelect>
          {fieldErrors.role && <FieldErrorHelp fieldId="share-role" text={fieldErrors.role} />}
        </FormGroup>
        <FormGroup label={t("expiresOptional")} fieldId="share-expires">
          <TextInput
            id="share-expires"
            type="datetime-local"
            value={expires}
            {...errorProps("share-expires", expiresError)}
            onChange={(_event, value) => setExpires(value)}
          />
          {expiresError && <FieldErrorHelp fieldId="share-expires" text={expiresError} />}
        </FormGroup>
        <FormGroup label={t("reasonOptional")} fieldId="share-reason">
          <TextArea id="share-reason" value={reason} onChange={(_event, value) => setReason(value)} resizeOrientation="vertical" {...errorProps("share-reason", fieldErrors.reason)} />
          {fieldErrors.reason && <FieldErrorHelp fieldId="share-reason" text={fieldErrors.reason} />}
        </FormGroup>
        <SodOverrideFields state={sod} fieldId="share-override" help={t("sodOverrideChangeHelp")} error={fieldErrors.sodOverride} />
        {!refusedByPolicy && !shownAtField && <ApiErrorAlert error={error} />}
      </Form>
    </ChangeModal>
  );
}
