import { Label, type LabelProps } from "@patternfly/react-core";
import { severityText } from "./model";

const colors: Record<string, LabelProps["color"]> = { LOW: "blue", MEDIUM: "gold", HIGH: "orange", CRITICAL: "red" };

/** Severity as a coloured label, hotter for worse, as Keycloak-style consoles show levels. */
export function SeverityLabel({ severity }: { severity: string }) {
  return (
    <Label color={colors[severity] ?? "grey"} isCompact>
      {severityText(severity)}
    </Label>
  );
}
