import { Button, Modal, ModalVariant } from "@patternfly/react-core";
import type { ReactNode } from "react";
import { t } from "../messages";
import { ApiErrorAlert } from "./ApiErrorAlert";
import { useSubmit } from "./useSubmit";

/** Asks before a change that cannot be undone; shows the server's refusal in place if the change fails. */
export function ConfirmModal({
  title,
  children,
  confirmLabel = t("confirm"),
  danger = false,
  onConfirm,
  onClose,
}: {
  title: string;
  children?: ReactNode;
  confirmLabel?: string;
  danger?: boolean;
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
}) {
  const { busy, error, run } = useSubmit();
  const confirm = async () => {
    if (await run(onConfirm)) onClose();
  };
  return (
    <Modal
      variant={ModalVariant.small}
      title={title}
      isOpen
      onClose={onClose}
      actions={[
        <Button key="confirm" variant={danger ? "danger" : "primary"} onClick={confirm} isLoading={busy} isDisabled={busy}>
          {confirmLabel}
        </Button>,
        <Button key="cancel" variant="link" onClick={onClose}>
          {t("cancel")}
        </Button>,
      ]}
    >
      {children}
      <ApiErrorAlert error={error} />
    </Modal>
  );
}
