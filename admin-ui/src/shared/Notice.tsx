import { Alert, AlertActionCloseButton, type AlertProps } from "@patternfly/react-core";

/**
 * What an action just did (a request sent, items decided), above the list it changed, until dismissed. A live
 * region: the dialog that had the focus is gone, so a screen reader would otherwise not hear of the outcome.
 */
export function Notice({ title, variant = "success", onClose }: { title: string; variant?: AlertProps["variant"]; onClose: () => void }) {
  return (
    <Alert variant={variant} isInline isLiveRegion component="p" title={title} className="pf-v5-u-mb-md"
      actionClose={<AlertActionCloseButton onClose={onClose} />} />
  );
}
