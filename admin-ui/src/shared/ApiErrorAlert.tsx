import { Alert } from "@patternfly/react-core";
import { ApiError } from "../api/client";
import { t } from "../messages";

/**
 * A refused change, shown inline in the form or modal that caused it, naming the field the server named; with
 * `reading`, a refused read (a download) instead. A live region: a screen reader announces it where it appears,
 * while the focus stays on the button that sent the change.
 */
export function ApiErrorAlert({ error, reading = false }: { error: unknown; reading?: boolean }) {
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  const forbidden = error instanceof ApiError && error.status === 403 && !error.explained;
  const signedOut = error instanceof ApiError && error.status === 401;
  // a bare 403 says why only in words of what was being done
  const title = signedOut ? t("signedOut") : forbidden ? t(reading ? "forbidden" : "forbiddenChange") : message;
  return <Alert variant="danger" isInline isLiveRegion title={title} />;
}
