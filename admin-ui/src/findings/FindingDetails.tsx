import {
  Card,
  CardBody,
  CardTitle,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Label,
  Stack,
  StackItem,
  Title,
} from "@patternfly/react-core";
import type { ReactNode } from "react";
import { Link } from "react-router-dom";
import { useConsole } from "../app/ConsoleContext";
import { t } from "../messages";
import { formatInstant } from "../shared/formatInstant";
import { detectionText, statusText, type Finding } from "./model";
import { SeverityLabel } from "./SeverityLabel";

/** What the finding is about: who, when, how often, and what was decided. */
export function FindingSummary({ finding }: { finding: Finding }) {
  const { realm } = useConsole();
  const user = finding.userId ? (
    <Link to={`/${encodeURIComponent(realm)}/users/${encodeURIComponent(finding.userId)}`}>{finding.username ?? finding.userId}</Link>
  ) : (
    t("realmLevel")
  );
  return (
    <Card>
      <CardTitle>
        <Title headingLevel="h2" size="lg">
          {t("findingSummary")}
        </Title>
      </CardTitle>
      <CardBody>
      <DescriptionList isHorizontal isCompact aria-label={t("findingSummary")}>
        <Term label={t("status")}>
          <span data-testid="finding-status">{statusText(finding.status)}</span>
        </Term>
        {finding.statusBy && <Term label={t("statusBy")}>{finding.statusByUsername ?? finding.statusBy}</Term>}
        {finding.statusAt && <Term label={t("statusAt")}>{formatInstant(finding.statusAt)}</Term>}
        <Term label={t("severity")}>
          <SeverityLabel severity={finding.severity} />
        </Term>
        <Term label={t("score")}>{finding.score}</Term>
        <Term label={t("user")}>{user}</Term>
        {finding.userRemovedAt && <Term label={t("userRemovedAt")}>{formatInstant(finding.userRemovedAt)}</Term>}
        <Term label={t("time")}>{formatInstant(finding.time)}</Term>
        <Term label={t("firstTime")}>{formatInstant(finding.firstTime)}</Term>
        <Term label={t("eventCount")}>{finding.eventCount}</Term>
        <Term label={t("eventId")}>
          <code>{finding.eventId}</code>
        </Term>
        {finding.coveredEvents.length > 0 && (
          <Term label={t("coveredEvents")}>
            <code className="pf-v5-u-font-size-sm">{finding.coveredEvents.join(", ")}</code>
          </Term>
        )}
        <Term label={t("response")}>{finding.response ?? t("none")}</Term>
        <Term label={t("modelVersion")}>{finding.modelVersion}</Term>
      </DescriptionList>
      </CardBody>
    </Card>
  );
}

/** Every reason, strongest first as the scorer listed them, each with the values seen and the user's usual ones. */
export function FindingReasons({ finding }: { finding: Finding }) {
  return (
    <>
      <Title headingLevel="h2" className="pf-v5-u-mb-sm">
        {t("reasons")}
      </Title>
      <Stack hasGutter>
        {finding.reasons.map((reason, index) => {
          const evidence = Object.entries(reason.evidence ?? {});
          return (
            <StackItem key={index} data-testid={`reason-${index + 1}`}>
              <Card>
              <CardTitle>
                <Title headingLevel="h3" size="md">
                  {reason.text}
                </Title>
              </CardTitle>
              <CardBody>
              <p className="pf-v5-u-mb-sm">
                <Label isCompact>{detectionText(reason.detection)}</Label> {t("weight", { weight: reason.weight })}
              </p>
              {evidence.length === 0 ? (
                <p>{t("noEvidence")}</p>
              ) : (
                <DescriptionList isHorizontal isCompact aria-label={t("evidenceOf", { n: index + 1 })}>
                  {evidence.map(([key, value]) => (
                    <Term key={key} label={key}>
                      {String(value)}
                    </Term>
                  ))}
                </DescriptionList>
              )}
              </CardBody>
              </Card>
            </StackItem>
          );
        })}
      </Stack>
    </>
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
