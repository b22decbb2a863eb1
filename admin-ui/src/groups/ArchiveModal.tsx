import { Button, Form, ModalVariant } from "@patternfly/react-core";
import type { FormEvent } from "react";
import { useConsole } from "../app/ConsoleContext";
import { t } from "../messages";
import { ApiErrorAlert } from "../shared/ApiErrorAlert";
import { ChangeModal } from "../shared/ChangeModal";
import { SodOverrideFields, useSodOverride } from "../shared/SodOverride";
import { useSubmit } from "../shared/useSubmit";
import { groupPath, type Group } from "./model";

/**
 * Archives a group, or brings it back. Unarchiving gives every member the group's grants again at once, so a
 * preventive separation-of-duties rule may refuse it; the modal then names the rule and asks for a justification,
 * as adding a member does.
 */
export function ArchiveModal({ group, onChanged, onClose }: { group: Group; onChanged: (group: Group) => void; onClose: () => void }) {
  const { api } = useConsole();
  const archiving = !group.archived;
  const sod = useSodOverride();
  const { busy, error, run } = useSubmit();
  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (sod.blocked) return;
    let changed: Group | undefined;
    const done = await run(async () => {
      try {
        changed = await api.put<Group>(groupPath(group.id), sod.body({ archived: archiving }));
      } catch (e) {
        if (!sod.caught(e)) throw e;
      }
    });
    if (done && changed) {
      onChanged(changed);
      onClose();
    }
  };
  const label = archiving ? t("archive") : t("unarchive");
  return (
    <ChangeModal
      variant={ModalVariant.small}
      title={t(archiving ? "archiveTitle" : "unarchiveTitle", { group: group.name })}
      busy={busy}
      onClose={onClose}
      actions={[
        <Button key="confirm" type="submit" form="archive-group" isLoading={busy} isDisabled={busy || sod.blocked}>
          {label}
        </Button>,
      ]}
    >
      <Form id="archive-group" onSubmit={submit}>
        <p>{t(archiving ? "archiveBody" : "unarchiveBody")}</p>
        <SodOverrideFields state={sod} fieldId="unarchive-override" help={t("sodOverrideChangeHelp")} />
        <ApiErrorAlert error={error} />
      </Form>
    </ChangeModal>
  );
}
