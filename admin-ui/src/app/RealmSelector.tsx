import { MenuToggle, Select, SelectList, SelectOption } from "@patternfly/react-core";
import { useState } from "react";
import { useNavigate } from "react-router-dom";
import type { Api } from "../api/client";
import { t } from "../messages";
import { useLoader } from "../shared/useLoader";

/** The option that reads the realms again; not a realm name (those never start with a NUL). */
const RETRY = "\u0000retry";

interface RealmSummary {
  realm: string;
}

/** For master admins, as in Keycloak's console: pick which realm to manage. Lists only realms the admin may see. */
export function RealmSelector({ rootApi, realm }: { rootApi: Api; realm: string }) {
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [loaded, reload] = useLoader(() => rootApi.get<RealmSummary[]>("/realms", { briefRepresentation: true }), [rootApi]);
  const realms = loaded.state === "ready" ? loaded.data.map((r) => r.realm) : [realm];
  return (
    <Select
      isOpen={open}
      selected={realm}
      onOpenChange={setOpen}
      onSelect={(_event, value) => {
        if (value === RETRY) {
          reload();
          return;
        }
        setOpen(false);
        navigate(`/${encodeURIComponent(String(value))}/solutions`);
      }}
      toggle={(ref) => (
        <MenuToggle ref={ref} onClick={() => setOpen(!open)} isExpanded={open} aria-label={t("realmSelector")}>
          {realm}
        </MenuToggle>
      )}
    >
      <SelectList>
        {realms.map((name) => (
          <SelectOption key={name} value={name}>
            {name}
          </SelectOption>
        ))}
        {/* without the list only the current realm can be shown: say so, rather than that it is the only one */}
        {loaded.state === "error" && (
          <SelectOption value={RETRY} description={t("realmsNotRead", { error: loaded.error.message })}>
            {t("retry")}
          </SelectOption>
        )}
      </SelectList>
    </Select>
  );
}
