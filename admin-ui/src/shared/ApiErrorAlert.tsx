import { Alert } from "@patternfly/react-core";
import { ApiError } from "../api/client";
import { t } from "../messages";

/** A refused change, shown inline in the form or modal that caused it, naming the field the server named. */
export function ApiErrorAlert({ error }: { error: unknown }) {
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  const forbidden = error instanceof ApiError && error.status === 403 && !error.explained;
  // a refused change, not a page the admin may not see: said as such
  return <Alert variant="danger" isInline title={forbidden ? t("forbiddenChange") : message} />;
}
