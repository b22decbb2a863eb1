import {
  Button,
  Checkbox,
  Form,
  FormGroup,
  FormHelperText,
  FormSelect,
  FormSelectOption,
  HelperText,
  HelperTextItem,
  ModalVariant,
  TextInput,
} from "@patternfly/react-core";
import { useState, type FormEvent } from "react";
import { ApiError } from "../api/client";
import { listAll } from "../api/listAll";
import { useConsole } from "../app/ConsoleContext";
import { t } from "../messages";
import type { RuntimeRole } from "../roles/types";
import { ApiErrorAlert } from "../shared/ApiErrorAlert";
import { ChangeModal } from "../shared/ChangeModal";
import { errorProps, FieldErrorHelp } from "../shared/FieldErrorHelp";
import { LoadState } from "../shared/LoadState";
import { useLoader } from "../shared/useLoader";
import { useSubmit } from "../shared/useSubmit";
import { ResourcesEditor } from "./ResourcesEditor";
import type { Build, Resource, Solution } from "./types";

/** Names a new build, picks its roles from the catalog and edits its resources, optionally from an existing build. */
export function CreateBuildModal({ solution, onClose, onCreated }: { solution: Solution; onClose: () => void; onCreated: () => void }) {
  const { api } = useConsole();
  // the whole catalog, page after page: a realm may hold more roles than one page
  const [catalog] = useLoader(() => listAll<RuntimeRole>(api, "/runtime-access/roles"), [api]);
  const [name, setName] = useState("");
  const [basedOn, setBasedOn] = useState("");
  const [roles, setRoles] = useState<string[]>([]);
  const [resources, setResources] = useState<Resource[]>([]);
  const { busy, error, run } = useSubmit();

  const nameError = error instanceof ApiError && error.status !== 403 && error.field === "name" ? error.message : undefined;
  const startFrom = (buildId: string) => {
    setBasedOn(buildId);
    const build: Build | undefined = solution.builds.find((b) => b.id === buildId);
    setRoles(build ? [...build.roles] : []);
    setResources(build ? structuredClone(build.resources ?? []) : []);
  };
  const toggleRole = (role: string, on: boolean) => {
    setRoles((current) => (on ? [...current, role] : current.filter((r) => r !== role)));
    // A permission may name only the build's roles: a role taken out of the build leaves every permission too.
    if (!on) {
      setResources((current) =>
        current.map((r) => ({
          ...r,
          permissions: Object.fromEntries(Object.entries(r.permissions).map(([p, rs]) => [p, rs.filter((x) => x !== role)])),
        })),
      );
    }
  };
  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!name.trim() || busy) return;
    const body = { name: name.trim(), roles, resources: resources.map((r) => ({ ...r, name: r.name.trim() })) };
    if (await run(() => api.post(`/runtime-access/solutions/${encodeURIComponent(solution.id)}/builds`, body))) {
      onCreated();
      onClose();
    }
  };
  return (
    <ChangeModal
      variant={ModalVariant.large}
      title={t("createBuild")}
      description={t("buildSnapshotHelp")}
      busy={busy}
      onClose={onClose}
      actions={[
        <Button key="create" type="submit" form="create-build" isDisabled={!name.trim() || busy} isLoading={busy}>
          {t("create")}
        </Button>,
      ]}
    >
      <Form id="create-build" onSubmit={submit}>
        <FormGroup label={t("basedOn")} fieldId="build-based-on">
          <FormSelect id="build-based-on" value={basedOn} onChange={(_event, value) => startFrom(value)}>
            <FormSelectOption value="" label={t("startFromNone")} />
            {solution.builds.map((build) => (
              <FormSelectOption key={build.id} value={build.id} label={build.name} />
            ))}
          </FormSelect>
        </FormGroup>
        <FormGroup label={t("buildName")} fieldId="build-name" isRequired>
          <TextInput
            id="build-name"
            value={name}
            onChange={(_event, value) => setName(value)}
            isRequired
            {...errorProps("build-name", nameError)}
          />
          {nameError && <FieldErrorHelp fieldId="build-name" text={nameError} />}
        </FormGroup>
        <FormGroup label={t("buildRoles")} role="group" fieldId="build-roles" isStack>
          <LoadState loaded={catalog}>
            {(available) => {
              // Roles copied from a build stay listed even if the catalog no longer has them.
              const names = [...new Set([...available.map((r) => r.name), ...roles])].sort();
              if (names.length === 0) {
                return (
                  <FormHelperText>
                    <HelperText>
                      <HelperTextItem variant="warning">{t("catalogEmpty")}</HelperTextItem>
                    </HelperText>
                  </FormHelperText>
                );
              }
              return names.map((role, index) => (
                <Checkbox
                  key={role}
                  id={`build-role-${index}`}
                  label={role}
                  isChecked={roles.includes(role)}
                  onChange={(_event, checked) => toggleRole(role, checked)}
                />
              ));
            }}
          </LoadState>
        </FormGroup>
        <ResourcesEditor roles={roles} resources={resources} onChange={setResources} />
        {!nameError && <ApiErrorAlert error={error} />}
      </Form>
    </ChangeModal>
  );
}
