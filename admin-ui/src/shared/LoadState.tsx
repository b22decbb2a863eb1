import {
  Bullseye,
  Button,
  EmptyState,
  EmptyStateBody,
  EmptyStateHeader,
  EmptyStateIcon,
  EmptyStateFooter,
  Spinner,
} from "@patternfly/react-core";
import { ExclamationCircleIcon, CubesIcon } from "@patternfly/react-icons";
import type { ReactNode } from "react";
import { ApiError } from "../api/client";
import { t } from "../messages";
import type { Loaded } from "./useLoader";

export function Loading() {
  return (
    <Bullseye>
      <Spinner aria-label={t("loading")} />
    </Bullseye>
  );
}

export function ErrorView({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const status = error instanceof ApiError ? error.status : undefined;
  // still refused with a renewed token: trying again cannot help, signing in again (the page loaded anew) can
  const signedOut = status === 401;
  return (
    <EmptyState variant="sm">
      <EmptyStateHeader titleText={t("errorTitle")} headingLevel="h2" icon={<EmptyStateIcon icon={ExclamationCircleIcon} />} />
      <EmptyStateBody>{status === 403 ? t("forbidden") : signedOut ? t("signedOut") : error.message}</EmptyStateBody>
      {(onRetry || signedOut) && (
        <EmptyStateFooter>
          <Button variant="link" onClick={signedOut ? () => window.location.reload() : onRetry}>
            {signedOut ? t("signInAgain") : t("retry")}
          </Button>
        </EmptyStateFooter>
      )}
    </EmptyState>
  );
}

export function Empty({ title, body, action }: { title: string; body?: string; action?: ReactNode }) {
  return (
    <EmptyState variant="sm">
      <EmptyStateHeader titleText={title} headingLevel="h2" icon={<EmptyStateIcon icon={CubesIcon} />} />
      {body && <EmptyStateBody>{body}</EmptyStateBody>}
      {action && <EmptyStateFooter>{action}</EmptyStateFooter>}
    </EmptyState>
  );
}

/** Shows the loading, error or ready state of a loader; `children` renders the data. */
export function LoadState<T>({
  loaded,
  onRetry,
  children,
}: {
  loaded: Loaded<T>;
  onRetry?: () => void;
  children: (data: T) => ReactNode;
}) {
  if (loaded.state === "loading") return <Loading />;
  if (loaded.state === "error") return <ErrorView error={loaded.error} onRetry={onRetry} />;
  return <>{children(loaded.data)}</>;
}
