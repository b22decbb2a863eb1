import { Button, Card, CardBody, CardHeader, CardTitle, Label, List, ListItem, Split, SplitItem, Title, type LabelProps } from "@patternfly/react-core";
import { useConsole } from "../app/ConsoleContext";
import { t } from "../messages";
import { ApiErrorAlert } from "../shared/ApiErrorAlert";
import { formatInstant } from "../shared/formatInstant";
import { LoadState } from "../shared/LoadState";
import { useLoader } from "../shared/useLoader";
import { useSubmit } from "../shared/useSubmit";
import { governancePath, type Risk } from "./model";

const levels: Record<string, [LabelProps["color"], "riskLow" | "riskMedium" | "riskHigh"]> = {
  low: ["green", "riskLow"],
  medium: ["gold", "riskMedium"],
  high: ["red", "riskHigh"],
};

/** The user's risk score with its level and reasons; an admin who manages users can recompute it. */
export function RiskCard({ user }: { user: string }) {
  const { api, permissions } = useConsole();
  const path = `${governancePath}/users/${encodeURIComponent(user)}/risk`;
  const [loaded, reload] = useLoader(() => api.get<Risk>(path), [api, path]);
  const recompute = useSubmit();
  return (
    <Card aria-label={t("riskTitle")}>
      <CardHeader
        actions={
          permissions.manageUsers
            ? {
                actions: (
                  <Button variant="secondary" size="sm" isLoading={recompute.busy} isDisabled={recompute.busy} onClick={() => recompute.run(async () => (await api.post(path), reload()))}>
                    {t("recompute")}
                  </Button>
                ),
                hasNoOffset: true,
              }
            : undefined
        }
      >
        <CardTitle>
          <Title headingLevel="h2" size="lg">
            {t("riskTitle")}
          </Title>
        </CardTitle>
      </CardHeader>
      <CardBody>
        <ApiErrorAlert error={recompute.error} />
        <LoadState loaded={loaded} onRetry={reload}>
          {(risk) => {
            const [color, levelKey] = levels[risk.level] ?? levels.low;
            return (
            <>
              <Split hasGutter className="pf-v5-u-mb-sm">
                <SplitItem>
                  <span className="pf-v5-u-font-size-2xl" data-testid="risk-score">
                    {risk.score}
                  </span>
                  <span className="pf-v5-u-color-200"> / 100</span>
                </SplitItem>
                <SplitItem>
                  <Label color={color}>{t(levelKey)}</Label>
                </SplitItem>
                <SplitItem isFilled />
                {risk.computedAt && <SplitItem className="pf-v5-u-color-200">{`${t("riskComputedAt")} ${formatInstant(risk.computedAt)}`}</SplitItem>}
              </Split>
              {risk.reasons.length === 0 ? (
                <p>{t("riskNoReasons")}</p>
              ) : (
                <List aria-label={t("riskReasons")}>
                  {risk.reasons.map((reason) => (
                    <ListItem key={reason.code}>{`+${reason.points} ${reason.text}`}</ListItem>
                  ))}
                </List>
              )}
            </>
            );
          }}
        </LoadState>
      </CardBody>
    </Card>
  );
}
