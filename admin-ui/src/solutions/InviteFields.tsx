import { FormGroup, TextInput } from "@patternfly/react-core";
import type { Api } from "../api/client";
import { t } from "../messages";
import { errorProps, FieldErrorHelp } from "../shared/FieldErrorHelp";
import { fieldError } from "../shared/fieldError";
import type { PrincipalOption } from "./PrincipalTypeahead";

/** A brand-new user to invite by email from the Share dialog; the names are optional. */
export interface InviteInput {
  email: string;
  firstName: string;
  lastName: string;
}

export const emptyInvite: InviteInput = { email: "", firstName: "", lastName: "" };

interface Invited {
  userId: string;
  username: string;
  email: string;
}

/**
 * Creates the user and has Keycloak mail the invitation; the user, to share with. A refusal (an address a user has,
 * a realm without a mail server) names `email`, `firstName` or `lastName` and creates nobody.
 */
export async function inviteUser(api: Api, input: InviteInput): Promise<PrincipalOption> {
  const body: Record<string, string> = { email: input.email.trim() };
  if (input.firstName.trim()) body.firstName = input.firstName.trim();
  if (input.lastName.trim()) body.lastName = input.lastName.trim();
  const invited = await api.post<Invited>("/runtime-access/invitations", body);
  return { type: "user", id: invited.userId, name: invited.username, detail: invited.email };
}

// 409: a user has the address, or the realm sends no mail; 502: its mail server did not take the mail
const refusals = [400, 409, 502];

export function InviteFields({ value, onChange, error }: { value: InviteInput; onChange: (value: InviteInput) => void; error: unknown }) {
  const field = (name: keyof InviteInput, label: string, required = false) => {
    const refused = fieldError(error, name, refusals);
    return (
      <FormGroup label={label} fieldId={`invite-${name}`} isRequired={required}>
        <TextInput
          id={`invite-${name}`}
          type={name === "email" ? "email" : "text"}
          value={value[name]}
          isRequired={required}
          {...errorProps(`invite-${name}`, refused)}
          onChange={(_event, text) => onChange({ ...value, [name]: text })}
        />
        {refused && <FieldErrorHelp fieldId={`invite-${name}`} text={refused} />}
      </FormGroup>
    );
  };
  return (
    <>
      {field("email", t("inviteEmail"), true)}
      {field("firstName", t("inviteFirstName"))}
      {field("lastName", t("inviteLastName"))}
    </>
  );
}

/** Whether a refusal is the invitation's, shown under its fields rather than above the dialog. */
export function inviteRefusal(error: unknown): boolean {
  return (["email", "firstName", "lastName"] as const).some((name) => fieldError(error, name, refusals) !== undefined);
}
