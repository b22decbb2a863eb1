import type { PrincipalOption } from "../solutions/PrincipalTypeahead";
import type { ApproverType, Item, ItemKind } from "./model";

/** The item dialog's fields as typed; `toBody` turns them into the admin API's item. */
export interface ItemForm {
  kind: ItemKind;
  solutionId: string;
  role: string;
  group?: PrincipalOption;
  clientId: string;
  description: string;
  maxDuration: string;
  approverType: ApproverType;
  /** Users named as approvers (type users); the others keep their one value in `approverValue`. */
  approverUsers: PrincipalOption[];
  approverValue: string;
  approvalsNeeded: 1 | 2;
  justificationRequired: boolean;
  ticketRequired: boolean;
  manualStep: boolean;
  autoApproval: boolean;
  minConfidence: string;
  maxRisk: string;
}

/** A stored item as the form shows it; user approvers are named by id until their usernames arrive. */
export function formOf(item?: Item, groupNames: Record<string, string> = {}): ItemForm {
  const approvers = item?.approvers ?? { type: "users" as const, values: [] };
  return {
    kind: item?.kind ?? "runtime-role",
    solutionId: item?.solutionId ?? "",
    role: item?.role ?? "",
    group: item?.groupId ? { type: "group", id: item.groupId, name: groupNames[item.groupId] ?? item.groupId } : undefined,
    clientId: item?.clientId ?? "",
    description: item?.description ?? "",
    maxDuration: item?.maxDuration ?? "PT8H",
    approverType: approvers.type,
    approverUsers: approvers.type === "users" ? approvers.values.map((id) => ({ type: "user", id, name: id })) : [],
    approverValue: approvers.type === "users" ? "" : (approvers.values[0] ?? ""),
    approvalsNeeded: item?.approvalsNeeded ?? 1,
    justificationRequired: item?.justificationRequired ?? false,
    ticketRequired: item?.ticketRequired ?? false,
    manualStep: item?.manualStep ?? false,
    autoApproval: !!item?.autoApproval,
    minConfidence: String(item?.autoApproval?.minConfidence ?? 0.8),
    maxRisk: String(item?.autoApproval?.maxRisk ?? 30),
  };
}

/** A number as typed, or the text itself so the server names the field it cannot read. */
function numberOrText(text: string): number | string {
  const value = Number(text.trim());
  return text.trim() !== "" && Number.isFinite(value) ? value : text.trim();
}

function target(form: ItemForm): Record<string, string | undefined> {
  switch (form.kind) {
    case "runtime-role":
      return { solutionId: form.solutionId, role: form.role.trim() };
    case "end-user-group":
      return { groupId: form.group?.id };
    case "realm-role":
      return { role: form.role.trim() };
    default:
      return { clientId: form.clientId.trim(), role: form.role.trim() };
  }
}

export function toBody(form: ItemForm): Record<string, unknown> {
  const values = form.approverType === "users" ? form.approverUsers.map((u) => u.id) : [form.approverValue.trim()].filter(Boolean);
  return {
    kind: form.kind,
    ...target(form),
    description: form.description.trim() || null,
    maxDuration: form.maxDuration.trim(),
    approvers: { type: form.approverType, values },
    approvalsNeeded: form.approvalsNeeded,
    justificationRequired: form.justificationRequired,
    ticketRequired: form.ticketRequired,
    // the server replaces the whole item: a flag the form did not send would be switched off
    manualStep: form.manualStep,
    autoApproval: form.autoApproval ? { minConfidence: numberOrText(form.minConfidence), maxRisk: numberOrText(form.maxRisk) } : null,
  };
}

/** Whether the form names everything the server needs; it still checks every value. */
export function complete(form: ItemForm): boolean {
  const t = target(form);
  const targetSet = Object.values(t).every((v) => !!v);
  const approversSet = form.approverType === "users" ? form.approverUsers.length > 0 : form.approverValue.trim() !== "";
  return targetSet && approversSet && form.maxDuration.trim() !== "";
}
