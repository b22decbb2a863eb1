import { Button, Label, LabelGroup, Text, TextContent, Toolbar, ToolbarContent, ToolbarItem } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { useConsole } from "../app/ConsoleContext";
import { t } from "../messages";
import { Empty } from "../shared/LoadState";
import { CreateBuildModal } from "./CreateBuildModal";
import { SwitchActiveModal } from "./SwitchActiveModal";
import type { Build, Solution } from "./types";

/** The solution's builds; one is the Active Policy. Builds are snapshots: a change is a new build. */
export function BuildsTab({ solution, onChanged }: { solution: Solution; onChanged: () => void }) {
  const { permissions } = useConsole();
  const [creating, setCreating] = useState(false);
  const [switchTo, setSwitchTo] = useState<Build>();
  const manage = permissions.manageUsers;
  return (
    <>
      <Toolbar>
        <ToolbarContent>
          <ToolbarItem>
            <TextContent>
              <Text component="small">{t("buildSnapshotHelp")}</Text>
            </TextContent>
          </ToolbarItem>
          {manage && (
            <ToolbarItem align={{ default: "alignRight" }}>
              <Button onClick={() => setCreating(true)}>{t("createBuild")}</Button>
            </ToolbarItem>
          )}
        </ToolbarContent>
      </Toolbar>
      {solution.builds.length === 0 ? (
        <Empty title={t("buildsEmpty")} />
      ) : (
        <Table aria-label={t("builds")} variant="compact">
          <Thead>
            <Tr>
              <Th>{t("buildName")}</Th>
              <Th>{t("buildRoles")}</Th>
              <Th>{t("buildResources")}</Th>
              <Th>{t("activePolicy")}</Th>
              {manage && <Th screenReaderText={t("actions")} />}
            </Tr>
          </Thead>
          <Tbody>
            {solution.builds.map((build) => {
              const active = build.id === solution.activeBuildId;
              return (
                <Tr key={build.id} data-testid={`row-${build.name}`}>
                  <Td dataLabel={t("buildName")}>{build.name}</Td>
                  <Td dataLabel={t("buildRoles")}>
                    <LabelGroup numLabels={8}>
                      {build.roles.map((role) => (
                        <Label key={role} isCompact>
                          {role}
                        </Label>
                      ))}
                    </LabelGroup>
                  </Td>
                  <Td dataLabel={t("buildResources")}>{build.resources?.length ?? 0}</Td>
                  <Td dataLabel={t("activePolicy")}>
                    {active && (
                      <Label color="green" isCompact>
                        {t("activeLabel")}
                      </Label>
                    )}
                  </Td>
                  {manage && (
                    <Td isActionCell>
                      {!active && (
                        <Button variant="secondary" size="sm" onClick={() => setSwitchTo(build)}>
                          {t("setActivePolicy")}
                        </Button>
                      )}
                    </Td>
                  )}
                </Tr>
              );
            })}
          </Tbody>
        </Table>
      )}
      {creating && <CreateBuildModal solution={solution} onClose={() => setCreating(false)} onCreated={onChanged} />}
      {switchTo && <SwitchActiveModal solution={solution} target={switchTo} onClose={() => setSwitchTo(undefined)} onSwitched={onChanged} />}
    </>
  );
}
