import {
  Alert,
  Breadcrumb,
  BreadcrumbItem,
  Card,
  CardBody,
  CardTitle,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Label,
  PageSection,
  Stack,
  StackItem,
  Title,
} from "@patternfly/react-core";
import type { ReactNode } from "react";
import { Link, useParams } from "react-router-dom";
import { useConsole } from "../app/ConsoleContext";
import { t } from "../messages";
import { LoadState } from "../shared/LoadState";
import { PageHeader } from "../shared/PageHeader";
import { useLoader } from "../shared/useLoader";
import { RiskCard } from "../governance/RiskCard";
import { AccessTable } from "./AccessTable";
import type { Explanation } from "./model";

export function UserPage() {
  const { api, realm } = useConsole();
  const id = useParams().id ?? "";
  const [loaded, reload] = useLoader(
    () => api.get<Explanation>(`/runtime-access/users/${encodeURIComponent(id)}/explain`),
    [api, id],
  );
  return (
    <>
      <PageSection variant="light" className="pf-v5-u-pb-0">
        <Breadcrumb>
          <BreadcrumbItem render={() => <Link to={`/${encodeURIComponent(realm)}/users`}>{t("navUsers")}</Link>} />
          <BreadcrumbItem isActive>{loaded.state === "ready" ? loaded.data.user.username : id}</BreadcrumbItem>
        </Breadcrumb>
      </PageSection>
      <LoadState loaded={loaded} onRetry={reload}>
        {(explanation) => (
          <>
            <PageHeader title={explanation.user.username} description={explanation.user.email} />
            <PageSection>
              <Stack hasGutter>
                <StackItem>
                  <Summary explanation={explanation} />
                </StackItem>
                <StackItem>
                  <RiskCard user={explanation.user.id} />
                </StackItem>
                <StackItem>
                  <Claims explanation={explanation} />
                </StackItem>
                {explanation.designerBypass && (
                  <StackItem>
                    <Alert variant="warning" isInline title={t("reasonDesigner")} />
                  </StackItem>
                )}
                <StackItem>
                  <Title headingLevel="h2" className="pf-v5-u-mb-sm">
                    {t("effectiveAccess")}
                  </Title>
                  <AccessTable access={explanation.access} />
                </StackItem>
              </Stack>
            </PageSection>
          </>
        )}
      </LoadState>
    </>
  );
}

function Summary({ explanation }: { explanation: Explanation }) {
  const { user } = explanation;
  return (
    <Section title={t("userSummary")}>
      <Term label={t("username")}>{user.username}</Term>
      <Term label={t("email")}>{user.email || t("none")}</Term>
      <Term label={t("status")}>
        {user.enabled ? <Label color="green">{t("enabled")}</Label> : <Label color="grey">{t("disabled")}</Label>}
      </Term>
    </Section>
  );
}

function Claims({ explanation }: { explanation: Explanation }) {
  const { claims } = explanation;
  const list = (values?: string[]) => (values && values.length > 0 ? values.join(", ") : t("none"));
  return (
    <Section title={t("tokenClaims")}>
      <Term label={t("claimRuntimeGroups")}>{list(claims.runtimeGroups)}</Term>
      <Term label={t("claimBusinessFilters")}>{list(claims.businessFilters)}</Term>
      <Term label={t("claimDesignerUser")}>{claims.designerUser ? t("yes") : t("no")}</Term>
      <Term label={t("claimOrgId")}>{claims.org_id || t("none")}</Term>
    </Section>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card>
      <CardTitle>
        <Title headingLevel="h2" size="lg">
          {title}
        </Title>
      </CardTitle>
      <CardBody>
        <DescriptionList isHorizontal isCompact aria-label={title}>
          {children}
        </DescriptionList>
      </CardBody>
    </Card>
  );
}

function Term({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DescriptionListGroup>
      <DescriptionListTerm>{label}</DescriptionListTerm>
      <DescriptionListDescription>{children}</DescriptionListDescription>
    </DescriptionListGroup>
  );
}
