import {
  ActionGroup,
  Alert,
  Button,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Form,
  FormGroup,
  Split,
  SplitItem,
  TextArea,
  TextInput,
  Title,
} from "@patternfly/react-core";
import { MinusCircleIcon, PlusCircleIcon } from "@patternfly/react-icons";
import { useState } from "react";
import { useConsole } from "../app/ConsoleContext";
import { t } from "../messages";
import { ApiErrorAlert } from "../shared/ApiErrorAlert";
import { errorProps, FieldErrorHelp } from "../shared/FieldErrorHelp";
import { fieldError } from "../shared/fieldError";
import { groupPath, type Group } from "./model";
import { useSubmit } from "../shared/useSubmit";

interface Row {
  key: number;
  name: string;
  value: string;
}

function rowsOf(attributes: Record<string, string> | undefined): Row[] {
  return Object.entries(attributes ?? {}).map(([name, value], index) => ({ key: index, name, value }));
}

/** What is wrong with a row before anything is sent: a name used twice, or a value without a name. */
function rowProblems(rows: Row[]): Map<number, string> {
  const problems = new Map<number, string>();
  const seen = new Map<string, number>();
  for (const row of rows) {
    const name = row.name.trim();
    if (!name) {
      if (row.value.trim()) problems.set(row.key, t("attributeNeedsName"));
      continue;
    }
    const first = seen.get(name);
    if (first !== undefined) {
      problems.set(first, t("attributeNameTwice"));
      problems.set(row.key, t("attributeNameTwice"));
    } else seen.set(name, row.key);
  }
  return problems;
}

/**
 * The server's refusal of the attribute `name`: it names `attributes.<name>`, a name over 40 characters cut to its
 * first 40 and "...".
 */
function attributeError(error: unknown, name: string): string | undefined {
  const exact = fieldError(error, `attributes.${name}`);
  if (exact || name.length <= 40) return exact;
  return fieldError(error, `attributes.${name.slice(0, 40)}...`);
}

/** Description and attributes of the group; admins edit both and save them with one PUT. */
export function AttributesTab({ group, onSaved }: { group: Group; onSaved: (group: Group) => void }) {
  const { permissions } = useConsole();
  return permissions.manageUsers ? <AttributesForm group={group} onSaved={onSaved} /> : <AttributesView group={group} />;
}

function AttributesView({ group }: { group: Group }) {
  const entries = Object.entries(group.attributes ?? {});
  return (
    <DescriptionList isHorizontal aria-label={t("tabAttributes")}>
      <DescriptionListGroup>
        <DescriptionListTerm>{t("groupDescription")}</DescriptionListTerm>
        <DescriptionListDescription>{group.description || t("noDescription")}</DescriptionListDescription>
      </DescriptionListGroup>
      {entries.length === 0 && (
        <DescriptionListGroup>
          <DescriptionListTerm>{t("tabAttributes")}</DescriptionListTerm>
          <DescriptionListDescription>{t("attributesEmpty")}</DescriptionListDescription>
        </DescriptionListGroup>
      )}
      {entries.map(([name, value]) => (
        <DescriptionListGroup key={name}>
          <DescriptionListTerm>{name}</DescriptionListTerm>
          <DescriptionListDescription>{value}</DescriptionListDescription>
        </DescriptionListGroup>
      ))}
    </DescriptionList>
  );
}

function AttributesForm({ group, onSaved }: { group: Group; onSaved: (group: Group) => void }) {
  const { api } = useConsole();
  const [description, setDescription] = useState(group.description ?? "");
  const [rows, setRows] = useState<Row[]>(() => rowsOf(group.attributes));
  const [nextKey, setNextKey] = useState(rows.length);
  const { busy, error, run } = useSubmit();
  const [saved, setSaved] = useState(false);
  const [checked, setChecked] = useState(false);
  const problems = checked ? rowProblems(rows) : new Map<number, string>();
  const update = (key: number, change: Partial<Row>) => {
    setSaved(false);
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)));
  };
  const save = async () => {
    setSaved(false);
    setChecked(true);
    if (rowProblems(rows).size > 0) return;
    // Rows left blank are lines the admin added and did not fill, not attributes.
    const attributes = Object.fromEntries(rows.filter((row) => row.name.trim()).map((row) => [row.name.trim(), row.value]));
    setSaved(
      await run(async () => {
        const stored = await api.put<Group>(groupPath(group.id), { description, attributes });
        // the form shows what was stored (names trimmed, blank rows gone), not what was typed
        setDescription(stored.description ?? "");
        const storedRows = rowsOf(stored.attributes);
        setRows(storedRows);
        setNextKey(storedRows.length);
        setChecked(false);
        onSaved(stored);
      }),
    );
  };
  const descriptionError = fieldError(error, "description");
  return (
    <Form
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <ApiErrorAlert error={error} />
      {saved && <Alert variant="success" isInline isPlain isLiveRegion title={t("saved")} />}
      <FormGroup label={t("groupDescription")} fieldId="group-description-edit">
        <TextArea id="group-description-edit" value={description} onChange={(_e, v) => { setSaved(false); setDescription(v); }} {...errorProps("group-description-edit", descriptionError)} />
        {descriptionError && <FieldErrorHelp fieldId="group-description-edit" text={descriptionError} />}
      </FormGroup>
      <Title headingLevel="h2" size="md">
        {t("tabAttributes")}
      </Title>
      {rows.map((row, index) => {
        const n = index + 1;
        const rowError = problems.get(row.key) ?? attributeError(error, row.name.trim());
        // the row's problem is about its name and value together: both name it
        const rowId = `attribute-row-${row.key}`;
        return (
          <div key={row.key} data-testid={`attribute-${n}`}>
            <Split hasGutter>
              <SplitItem isFilled>
                <TextInput aria-label={t("attributeNameOf", { n })} placeholder={t("attributeName")} value={row.name} onChange={(_e, v) => update(row.key, { name: v })} {...errorProps(rowId, rowError)} />
              </SplitItem>
              <SplitItem isFilled>
                <TextInput aria-label={t("attributeValueOf", { n })} placeholder={t("attributeValue")} value={row.value} onChange={(_e, v) => update(row.key, { value: v })} {...errorProps(rowId, rowError)} />
              </SplitItem>
              <SplitItem>
                <Button variant="plain" aria-label={t("removeAttributeOf", { n })} onClick={() => { setSaved(false); setRows((current) => current.filter((r) => r.key !== row.key)); }}>
                  <MinusCircleIcon />
                </Button>
              </SplitItem>
            </Split>
            {rowError && <FieldErrorHelp fieldId={rowId} text={rowError} />}
          </div>
        );
      })}
      <div>
        <Button variant="link" icon={<PlusCircleIcon />} onClick={() => { setRows((current) => [...current, { key: nextKey, name: "", value: "" }]); setNextKey(nextKey + 1); }}>
          {t("addAttribute")}
        </Button>
      </div>
      <ActionGroup>
        <Button variant="primary" type="submit" isLoading={busy} isDisabled={busy}>
          {t("save")}
        </Button>
      </ActionGroup>
    </Form>
  );
}
