import { useConsole } from "../app/ConsoleContext";
import { t } from "../messages";
import { FormFieldsModal } from "../shared/FormFieldsModal";
import { groupsPath, type Group } from "./model";

/** Name and description of a new group; a refusal (name taken, bad name) stays in the modal next to its field. */
export function CreateGroupModal({ onCreated, onClose }: { onCreated: (group: Group) => void; onClose: () => void }) {
  const { api } = useConsole();
  return (
    <FormFieldsModal
      title={t("createGroup")}
      submitLabel={t("create")}
      fields={[
        { name: "name", label: t("groupName"), required: true },
        { name: "description", label: t("groupDescription"), multiline: true },
      ]}
      onSubmit={async ({ name, description }) => {
        const created = await api.post<Group>(groupsPath, description?.trim() ? { name, description } : { name });
        onCreated(created);
      }}
      onClose={onClose}
    />
  );
}
