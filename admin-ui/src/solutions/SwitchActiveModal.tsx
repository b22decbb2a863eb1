import { Alert, Label, LabelGroup, Stack, StackItem, Text, TextContent, Title } from "@patternfly/react-core";
import { useConsole } from "../app/ConsoleContext";
import { t } from "../messages";
import { ConfirmModal } from "../shared/ConfirmModal";
import { LoadState } from "../shared/LoadState";
import { useLoader } from "../shared/useLoader";
import { activeBuild, type Build, type Share, type Solution } from "./types";

/** The share list is paged; the largest page the server gives is enough to count, or to say "at least". */
const GRANTS_COUNTED = 500;

/**
 * Asks before switching the Active Policy: which roles appear and disappear, and how many grants stop counting
 * (grants of a disappearing role stop counting at once).
 */
export function SwitchActiveModal({
  solution,
  target,
  onClose,
  onSwitched,
}: {
  solution: Solution;
  target: Build;
  onClose: () => void;
  onSwitched: () => void;
}) {
  const { api } = useConsole();
  const path = `/runtime-access/solutions/${encodeURIComponent(solution.id)}`;
  const [share, reloadShare] = useLoader(() => api.get<Share>(`${path}/share`, { first: 0, max: GRANTS_COUNTED }), [api, path]);
  const current = activeBuild(solution);
  const before = new Set(current?.roles ?? []);
  const after = new Set(target.roles);
  const appear = target.roles.filter((role) => !before.has(role));
  const disappear = [...before].filter((role) => !after.has(role));
  return (
    <ConfirmModal
      title={t("switchTitle", { build: target.name })}
      confirmLabel={t("setActivePolicy")}
      // the grants that stop counting are shown before the switch is offered
      confirmDisabled={disappear.length > 0 && share.state !== "ready"}
      onConfirm={async () => {
        await api.put(`${path}/active-build`, { buildId: target.id });
        onSwitched();
      }}
      onClose={onClose}
    >
      <Stack hasGutter>
        {current && (
          <StackItem>
            <TextContent>
              <Text>{t("switchCurrent", { build: current.name })}</Text>
            </TextContent>
          </StackItem>
        )}
        {appear.length === 0 && disappear.length === 0 ? (
          <StackItem>{t("rolesUnchanged")}</StackItem>
        ) : (
          <>
            <RoleList title={t("rolesAppear")} roles={appear} color="green" testId="roles-appear" />
            <RoleList title={t("rolesDisappear")} roles={disappear} color="red" testId="roles-disappear" />
          </>
        )}
        {disappear.length > 0 && (
          <StackItem>
            <LoadState loaded={share} onRetry={reloadShare}>
              {(data) => {
                const lost = new Set(disappear);
                const count = data.grants.filter((grant) => lost.has(grant.role)).length;
                const partial = data.grants.length >= GRANTS_COUNTED;
                return (
                  <Alert
                    variant={count > 0 ? "warning" : "info"}
                    isInline
                    title={partial ? t("switchWarningAtLeast", { count }) : t("switchWarning", { count })}
                  />
                );
              }}
            </LoadState>
          </StackItem>
        )}
      </Stack>
    </ConfirmModal>
  );
}

function RoleList({ title, roles, color, testId }: { title: string; roles: string[]; color: "green" | "red"; testId: string }) {
  if (roles.length === 0) return null;
  return (
    <StackItem data-testid={testId}>
      <Title headingLevel="h2" size="md">
        {title}
      </Title>
      <LabelGroup numLabels={20}>
        {roles.map((role) => (
          <Label key={role} color={color}>
            {role}
          </Label>
        ))}
      </LabelGroup>
    </StackItem>
  );
}
