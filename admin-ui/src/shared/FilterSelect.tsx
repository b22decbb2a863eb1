import { FormSelect, FormSelectOption, ToolbarItem } from "@patternfly/react-core";

/** A list filter in a toolbar: a native select whose first option means "any". */
export function FilterSelect({
  label,
  value,
  onChange,
  all,
  options,
  width = "9rem",
}: {
  width?: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  all: string;
  options: [string, string][];
}) {
  return (
    <ToolbarItem>
      {/* Wide enough for the longest option: a native select sizes to its text, not PatternFly's arrow padding. */}
      <FormSelect aria-label={label} value={value} onChange={(_e, v) => onChange(v)} style={{ minWidth: width }}>
        <FormSelectOption value="" label={all} />
        {options.map(([option, text]) => (
          <FormSelectOption key={option} value={option} label={text} />
        ))}
      </FormSelect>
    </ToolbarItem>
  );
}
