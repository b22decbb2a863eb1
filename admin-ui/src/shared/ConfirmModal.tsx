import { Button, ModalVariant } from "@patternfly/react-core";
import type { ReactNode } from "react";
import { t } from "../messages";
import { ApiErrorAlert } from "./ApiErrorAlert";
import { ChangeModal } from "./ChangeModal";
import { useSubmit } from "./useSubmit";

/**
 * Asks before a change that cannot be undone; shows the server's refusal in place if the change fails.
 * `onClose(refused)` says whether the server refused the last try (say, another admin decided first), so that the
 * page can read again what it shows.
 */
export function ConfirmModal({
  title,
  children,
  confirmLabel = t("confirm"),
  danger = false,
  confirmDisabled = false,
  onConfirm,
  onClose,
}: {
  title: string;
  children?: ReactNode;
  confirmLabel?: string;
  danger?: boolean;
  /** While what the admin is asked to weigh (say, how much a deletion removes) is not shown yet. */
  confirmDisabled?: boolean;
  onConfirm: () => Promise<unknown>;
  onClose: (refused: boolean) => void;
}) {
  const { busy, error, run } = useSubmit();
  const confirm = async () => {
    if (await run(onConfirm)) onClose(false);
  };
  const close = () => onClose(error !== undefined);
  return (
    <ChangeModal
      variant={ModalVariant.small}
      title={title}
      busy={busy}
      onClose={close}
      actions={[
        <Button key="confirm" variant={danger ? "danger" : "primary"} onClick={confirm} isLoading={busy} isDisabled={busy || confirmDisabled}>
          {confirmLabel}
        </Button>,
      ]}
    >
      {children}
      <ApiErrorAlert error={error} />
    </ChangeModal>
  );
}
