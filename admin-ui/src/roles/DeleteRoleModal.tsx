import { Alert } from "@patternfly/react-core";
import { useConsole } from "../app/ConsoleContext";
import { t } from "../messages";
import { ConfirmModal } from "../shared/ConfirmModal";
import { LoadState } from "../shared/LoadState";
import { useLoader } from "../shared/useLoader";
import type { RoleUsage, RuntimeRole } from "./types";

/**
 * Deleting a role takes it out of every build and deletes every grant of it: say how many before asking, and do
 * not offer to delete before that count is shown.
 */
export function DeleteRoleModal({ role, onClose, onDeleted }: { role: RuntimeRole; onClose: (refused: boolean) => void; onDeleted: () => void }) {
  const { api } = useConsole();
  const path = `/runtime-access/roles/${encodeURIComponent(role.name)}`;
  const [usage, reloadUsage] = useLoader(() => api.get<RoleUsage>(`${path}/usage`), [api, path]);
  return (
    <ConfirmModal
      title={t("deleteRoleTitle", { role: role.name })}
      confirmLabel={t("delete")}
      danger
      confirmDisabled={usage.state !== "ready"}
      onConfirm={async () => {
        await api.del(path);
        onDeleted();
      }}
      onClose={onClose}
    >
      <LoadState loaded={usage} onRetry={reloadUsage}>
        {(counts) => (
          <Alert
            variant={counts.builds + counts.grants > 0 ? "warning" : "info"}
            isInline
            data-testid="role-usage"
            title={t("deleteRoleUsage", { builds: counts.builds, grants: counts.grants })}
          />
        )}
      </LoadState>
    </ConfirmModal>
  );
}
