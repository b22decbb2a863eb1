import { Breadcrumb, BreadcrumbItem, Button, PageSection, Split, SplitItem, Stack, StackItem } from "@patternfly/react-core";
import { useState } from "react";
import { Link, useParams } from "react-router-dom";
import { useConsole } from "../app/ConsoleContext";
import { t } from "../messages";
import { ConfirmModal } from "../shared/ConfirmModal";
import { LoadState } from "../shared/LoadState";
import { PageHeader } from "../shared/PageHeader";
import { useLoader } from "../shared/useLoader";
import { TicketCard } from "../tickets/TicketCard";
import { useSourceTickets } from "../tickets/useSourceTickets";
import { FindingReasons, FindingSummary } from "./FindingDetails";
import { detectionText, findingPath, severityText, topReason, type Finding } from "./model";

/** One finding: what was seen, every reason with its evidence, the admin's decision on it, and its Jira ticket. */
export function FindingPage() {
  const { api, realm } = useConsole();
  const id = useParams().id ?? "";
  const [loaded, reload] = useLoader(() => api.get<Finding>(findingPath(id)), [api, id]);
  return (
    <>
      <PageSection variant="light" className="pf-v5-u-pb-0">
        <Breadcrumb>
          <BreadcrumbItem render={() => <Link to={`/${encodeURIComponent(realm)}/findings`}>{t("navFindings")}</Link>} />
          <BreadcrumbItem isActive>{loaded.state === "ready" ? detectionText(loaded.data.detection) : id}</BreadcrumbItem>
        </Breadcrumb>
      </PageSection>
      <LoadState loaded={loaded} onRetry={reload}>
        {(finding) => <FindingView key={finding.id} initial={finding} onStale={reload} />}
      </LoadState>
    </>
  );
}

type Decision = "acknowledge" | "dismiss";

/** `onStale`: a decision was refused (another admin decided first), so the finding is read again. */
function FindingView({ initial, onStale }: { initial: Finding; onStale: () => void }) {
  const { api, permissions } = useConsole();
  const [finding, setFinding] = useState(initial);
  const [deciding, setDeciding] = useState<Decision | null>(null);
  const ticket = useSourceTickets("finding", [finding.id], permissions.viewRealm)[finding.id];
  // Dismissing teaches the scorer what is normal for the user, so the server asks for manage-users too.
  const canAcknowledge = permissions.manageEvents && finding.status === "open";
  const canDismiss = permissions.manageEvents && permissions.manageUsers && finding.status !== "dismissed";
  const actions = (canAcknowledge || canDismiss) && (
    <Split hasGutter>
      {canAcknowledge && (
        <SplitItem>
          <Button variant="primary" onClick={() => setDeciding("acknowledge")}>
            {t("acknowledge")}
          </Button>
        </SplitItem>
      )}
      {canDismiss && (
        <SplitItem>
          <Button variant="secondary" onClick={() => setDeciding("dismiss")}>
            {t("dismiss")}
          </Button>
        </SplitItem>
      )}
    </Split>
  );
  return (
    <>
      <PageHeader
        title={t("findingTitle", { severity: severityText(finding.severity), detection: detectionText(finding.detection) })}
        description={topReason(finding)?.text}
        actions={actions}
      />
      <PageSection>
        <Stack hasGutter>
          <StackItem>
            <FindingSummary finding={finding} />
          </StackItem>
          {ticket && (
            <StackItem>
              <TicketCard ticket={ticket} />
            </StackItem>
          )}
          <StackItem>
            <FindingReasons finding={finding} />
          </StackItem>
        </Stack>
      </PageSection>
      {deciding && (
        <ConfirmModal
          title={t(deciding === "dismiss" ? "dismissTitle" : "acknowledgeTitle")}
          confirmLabel={t(deciding === "dismiss" ? "dismiss" : "acknowledge")}
          // An empty JSON body: the resource consumes JSON, and a body-less POST would carry no content type.
          onConfirm={async () => setFinding(await api.post<Finding>(`${findingPath(finding.id)}/${deciding}`, {}))}
          onClose={(refused) => {
            setDeciding(null);
            if (refused) onStale();
          }}
        >
          {t(deciding === "dismiss" ? "dismissBody" : "acknowledgeBody")}
        </ConfirmModal>
      )}
    </>
  );
}
