import { FormGroup, FormSelect, FormSelectOption, TextInput } from "@patternfly/react-core";
import { t } from "../messages";
import { fieldError } from "../shared/fieldError";
import { errorProps, FieldErrorHelp } from "../shared/FieldErrorHelp";
import { PrincipalTypeahead } from "../solutions/PrincipalTypeahead";
import type { Solution } from "../solutions/types";
import type { ItemForm } from "./itemForm";
import { itemKinds, kindText, type ItemKind } from "./model";

/** The kind and what it gives: a runtime role of a solution's Active Policy, an end-user group, a realm or client role. */
export function ItemTargetFields({
  form,
  set,
  solutions,
  error,
}: {
  form: ItemForm;
  set: (change: Partial<ItemForm>) => void;
  solutions: Solution[];
  error: unknown;
}) {
  const refused = (field: string) => fieldError(error, field);
  const solution = solutions.find((s) => s.id === form.solutionId);
  const offered = solution?.builds.find((b) => b.id === solution.activeBuildId)?.roles ?? [];
  const textField = (field: "role" | "clientId", label: string) => (
    <FormGroup label={label} fieldId={`item-${field}`} isRequired>
      <TextInput id={`item-${field}`} value={form[field]} onChange={(_e, v) => set({ [field]: v })} {...errorProps(`item-${field}`, refused(field))} />
      {refused(field) && <FieldErrorHelp fieldId={`item-${field}`} text={refused(field)!} />}
    </FormGroup>
  );
  return (
    <>
      <FormGroup label={t("itemKind")} fieldId="item-kind" isRequired>
        <FormSelect id="item-kind" value={form.kind} onChange={(_e, v) => set({ kind: v as ItemKind, role: "" })} {...errorProps("item-kind", refused("kind"))}>
          {itemKinds.map((kind) => (
            <FormSelectOption key={kind} value={kind} label={kindText(kind)} />
          ))}
        </FormSelect>
        {refused("kind") && <FieldErrorHelp fieldId="item-kind" text={refused("kind")!} />}
      </FormGroup>
      {form.kind === "runtime-role" && (
        <>
          <FormGroup label={t("itemSolution")} fieldId="item-solution" isRequired>
            <FormSelect id="item-solution" value={form.solutionId} onChange={(_e, v) => set({ solutionId: v, role: "" })} {...errorProps("item-solution", refused("solutionId"))}>
              <FormSelectOption value="" label="—" isDisabled />
              {solutions.map((s) => (
                <FormSelectOption key={s.id} value={s.id} label={s.name} />
              ))}
            </FormSelect>
            {refused("solutionId") && <FieldErrorHelp fieldId="item-solution" text={refused("solutionId")!} />}
          </FormGroup>
          <FormGroup label={t("itemRole")} fieldId="item-runtime-role" isRequired>
            {/* Only the roles of the Active Policy can be given; the server checks again when it saves. */}
            <FormSelect id="item-runtime-role" value={form.role} onChange={(_e, v) => set({ role: v })} {...errorProps("item-runtime-role", refused("role"))}>
              <FormSelectOption value="" label="—" isDisabled />
              {offered.map((role) => (
                <FormSelectOption key={role} value={role} label={role} />
              ))}
            </FormSelect>
            {refused("role") && <FieldErrorHelp fieldId="item-runtime-role" text={refused("role")!} />}
          </FormGroup>
        </>
      )}
      {form.kind === "end-user-group" && (
        <FormGroup label={t("itemGroup")} fieldId="item-group" isRequired>
          <PrincipalTypeahead inputId="item-group" types={["group"]} label={t("itemGroup")} placeholder={t("groupPlaceholder")} value={form.group} onChange={(group) => set({ group })} error={refused("groupId")} />
          {refused("groupId") && <FieldErrorHelp fieldId="item-group" text={refused("groupId")!} />}
        </FormGroup>
      )}
      {form.kind === "client-role" && textField("clientId", t("itemClient"))}
      {(form.kind === "realm-role" || form.kind === "client-role") && textField("role", t("itemRole"))}
    </>
  );
}
