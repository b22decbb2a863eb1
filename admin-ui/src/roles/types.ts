/** A runtime role of the realm's catalog (GET runtime-access/roles). */
export interface RuntimeRole {
  id: string;
  name: string;
  description?: string;
}

/** What deleting a role would take with it (GET runtime-access/roles/{name}/usage). */
export interface RoleUsage {
  role: string;
  builds: number;
  grants: number;
}
