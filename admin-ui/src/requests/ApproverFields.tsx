import { FormGroup, FormHelperText, FormSelect, FormSelectOption, HelperText, HelperTextItem, Label, LabelGroup, TextInput } from "@patternfly/react-core";
import { t, type MessageKey } from "../messages";
import { fieldError } from "../shared/fieldError";
import { errorProps, FieldErrorHelp } from "../shared/FieldErrorHelp";
import { PrincipalTypeahead } from "../solutions/PrincipalTypeahead";
import type { ItemForm } from "./itemForm";
import { approverTypes, type ApproverType } from "./model";

const typeKeys: Record<ApproverType, [MessageKey, MessageKey]> = {
  users: ["approversUsers", "approversUsersHelp"],
  group: ["approversGroup", "approversGroupHelp"],
  "realm-role": ["approversRealmRole", "approversRealmRoleHelp"],
  manager: ["approversManager", "approversManagerHelp"],
};

/** Who approves: named users (found as one types), a Keycloak group, a realm role's holders or the requester's manager. */
export function ApproverFields({ form, set, error }: { form: ItemForm; set: (change: Partial<ItemForm>) => void; error: unknown }) {
  const refused = fieldError(error, "approvers.values") ?? fieldError(error, "approvers") ?? fieldError(error, "approvers.type");
  const [typeLabel, help] = typeKeys[form.approverType];
  return (
    <>
      <FormGroup label={t("approversType")} fieldId="item-approver-type" isRequired>
        <FormSelect
          id="item-approver-type"
          value={form.approverType}
          onChange={(_e, v) => set({ approverType: v as ApproverType, approverValue: v === "manager" ? "manager" : "" })}
        >
          {approverTypes.map((type) => (
            <FormSelectOption key={type} value={type} label={t(typeKeys[type][0])} />
          ))}
        </FormSelect>
      </FormGroup>
      <FormGroup label={t(typeLabel)} fieldId="item-approvers" isRequired>
        {form.approverType === "users" ? (
          <>
            {form.approverUsers.length > 0 && (
              <LabelGroup className="pf-v5-u-mb-sm" aria-label={t("approversUsers")}>
                {form.approverUsers.map((user) => (
                  <Label key={user.id} onClose={() => set({ approverUsers: form.approverUsers.filter((u) => u.id !== user.id) })} closeBtnAriaLabel={t("removeApproverOf", { name: user.name })}>
                    {user.name}
                  </Label>
                ))}
              </LabelGroup>
            )}
            {/* A fresh, empty field after each pick (the key changes), ready for the next approver. */}
            <PrincipalTypeahead
              key={form.approverUsers.length}
              inputId="item-approvers"
              types={["user"]}
              label={t("addApprover")}
              placeholder={t("userPlaceholder")}
              onChange={(user) => user && !form.approverUsers.some((u) => u.id === user.id) && set({ approverUsers: [...form.approverUsers, user] })}
              error={refused}
            />
          </>
        ) : (
          <TextInput id="item-approvers" value={form.approverValue} onChange={(_e, v) => set({ approverValue: v })} {...errorProps("item-approvers", refused)} />
        )}
        {refused ? (
          <FieldErrorHelp fieldId="item-approvers" text={refused} />
        ) : (
          <FormHelperText>
            <HelperText>
              <HelperTextItem>{t(help)}</HelperTextItem>
            </HelperText>
          </FormHelperText>
        )}
      </FormGroup>
      <FormGroup label={t("approvalsNeeded")} fieldId="item-approvals-needed">
        <FormSelect id="item-approvals-needed" value={String(form.approvalsNeeded)} onChange={(_e, v) => set({ approvalsNeeded: v === "2" ? 2 : 1 })} {...errorProps("item-approvals-needed", fieldError(error, "approvalsNeeded"))}>
          <FormSelectOption value="1" label={t("oneApproval")} />
          <FormSelectOption value="2" label={t("twoApprovals")} />
        </FormSelect>
        {fieldError(error, "approvalsNeeded") && <FieldErrorHelp fieldId="item-approvals-needed" text={fieldError(error, "approvalsNeeded")!} />}
      </FormGroup>
    </>
  );
}
