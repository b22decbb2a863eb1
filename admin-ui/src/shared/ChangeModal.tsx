import { Button, Modal, type ModalProps } from "@patternfly/react-core";
import type { ReactNode } from "react";
import { t } from "../messages";

/**
 * A modal that sends a change, its actions followed by Cancel. While the change runs it cannot be closed: no close
 * button, Escape does nothing, Cancel is disabled. Closed then, its outcome (a refusal above all) would never be
 * shown, and the page would not know to read again what the change did.
 */
export function ChangeModal({
  busy,
  onClose,
  actions,
  cancel = true,
  ...modal
}: Omit<ModalProps, "ref" | "isOpen" | "onClose" | "showClose" | "actions"> & {
  busy: boolean;
  onClose: () => void;
  actions: ReactNode[];
  /** Whether Cancel ends the actions; a modal that shows what was done offers its own Close instead. */
  cancel?: boolean;
}) {
  const cancelButton = (
    <Button key="cancel" variant="link" onClick={onClose} isDisabled={busy}>
      {t("cancel")}
    </Button>
  );
  return <Modal {...modal} isOpen showClose={!busy} onClose={busy ? undefined : onClose} actions={cancel ? [...actions, cancelButton] : actions} />;
}
