import { Button, Checkbox, FormGroup, HelperText, HelperTextItem, Label, TextInput, Flex, FlexItem } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { PlusCircleIcon, TrashIcon } from "@patternfly/react-icons";
import { t, type MessageKey } from "../messages";
import { actionsOf, permissionsOf, type Resource, type ResourceKind } from "./types";

const permissionLabel: Record<string, MessageKey> = {
  view: "permissionView",
  execute: "permissionExecute",
  "self-assign": "permissionSelfAssign",
  interact: "permissionInteract",
};

/** A fixed action's label; a type of the build's own keeps its action names as they are. */
function actionLabel(action: string): string {
  return action in permissionLabel ? t(permissionLabel[action]) : action;
}

/** A build's swimlanes and UI flows: each permission of a resource is a set of the build's roles. */
export function ResourcesEditor({
  roles,
  resources,
  onChange,
}: {
  roles: string[];
  resources: Resource[];
  onChange: (resources: Resource[]) => void;
}) {
  const add = (kind: ResourceKind) =>
    onChange([...resources, { name: "", kind, permissions: Object.fromEntries(permissionsOf[kind].map((p) => [p, []])) }]);
  const update = (index: number, change: Partial<Resource>) =>
    onChange(resources.map((r, i) => (i === index ? { ...r, ...change } : r)));
  const toggle = (index: number, permission: string, role: string, on: boolean) => {
    const held = resources[index].permissions[permission] ?? [];
    const next = on ? [...held, role] : held.filter((r) => r !== role);
    update(index, { permissions: { ...resources[index].permissions, [permission]: next } });
  };
  return (
    <FormGroup role="group" label={t("buildResources")} fieldId="build-resources">
      <Flex>
        <FlexItem>
          <Button variant="secondary" icon={<PlusCircleIcon />} onClick={() => add("swimlane")}>
            {t("addSwimlane")}
          </Button>
        </FlexItem>
        <FlexItem>
          <Button variant="secondary" icon={<PlusCircleIcon />} onClick={() => add("ui-flow")}>
            {t("addUiFlow")}
          </Button>
        </FlexItem>
      </Flex>
      {resources.length === 0 ? (
        <HelperText>
          <HelperTextItem>{t("resourcesEmpty")}</HelperTextItem>
        </HelperText>
      ) : (
        <>
          {roles.length === 0 && (
            <HelperText>
              <HelperTextItem variant="warning">{t("pickRolesFirst")}</HelperTextItem>
            </HelperText>
          )}
          <Table aria-label={t("buildResources")} variant="compact">
            <Thead>
              <Tr>
                <Th width={30}>{t("resourceName")}</Th>
                <Th>{t("resourceKind")}</Th>
                <Th>{t("buildRoles")}</Th>
                <Th screenReaderText={t("actions")} />
              </Tr>
            </Thead>
            <Tbody>
              {resources.map((resource, index) => (
                <Tr key={index} data-testid={`resource-${index}`}>
                  <Td dataLabel={t("resourceName")}>
                    <TextInput
                      aria-label={`${t("resourceName")} ${index + 1}`}
                      value={resource.name}
                      onChange={(_event, value) => update(index, { name: value })}
                    />
                  </Td>
                  <Td dataLabel={t("resourceKind")}>
                    <Label isCompact>{resource.kind === "swimlane" ? t("kindSwimlane") : resource.kind === "ui-flow" ? t("kindUiFlow") : resource.kind}</Label>
                  </Td>
                  <Td dataLabel={t("buildRoles")}>
                    {actionsOf(resource).map((permission) => (
                      <div key={permission} role="group" aria-label={`${resource.name || index + 1} ${actionLabel(permission)}`}>
                        <strong>{actionLabel(permission)}</strong>
                        <Flex>
                          {roles.map((role, roleIndex) => (
                            <Checkbox
                              key={role}
                              id={`resource-${index}-${permission}-${roleIndex}`}
                              label={role}
                              isChecked={(resource.permissions[permission] ?? []).includes(role)}
                              onChange={(_event, on) => toggle(index, permission, role, on)}
                            />
                          ))}
                        </Flex>
                      </div>
                    ))}
                  </Td>
                  <Td isActionCell>
                    <Button
                      variant="plain"
                      aria-label={t("removeResource", { name: resource.name || String(index + 1) })}
                      onClick={() => onChange(resources.filter((_r, i) => i !== index))}
                    >
                      <TrashIcon />
                    </Button>
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        </>
      )}
    </FormGroup>
  );
}
