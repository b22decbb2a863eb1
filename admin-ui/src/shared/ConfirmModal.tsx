import { Button, Modal, ModalVariant } from "@patternfly/react-core";
import type { ReactNode } from "react";
import { useState } from "react";
import { t } from "../messages";
import { ApiErrorAlert } from "./ApiErrorAlert";

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
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const confirm = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await onConfirm();
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
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
