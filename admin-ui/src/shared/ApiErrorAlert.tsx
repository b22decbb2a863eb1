import { Alert } from "@patternfly/react-core";
import { ApiError } from "../api/client";
import { t } from "../messages";

/**
 * A refused change, shown inline in the form or modal that caused it, naming the field the server named; with
 * `reading`, a refused read (a download) instead.
 */
export function ApiErrorAlert({ error, reading = false }: { error: unknown; reading?: boolean }) {
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  const forbidden = error instanceof ApiError && error.status === 403 && !error.explained;
  // a bare 403 says why only in words of what was being done
  return <Alert variant="danger" isInline title={forbidden ? t(reading ? "forbidden" : "forbiddenChange") : message} />;
}
