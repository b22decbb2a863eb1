import { createContext, useContext } from "react";
import type { Api } from "../api/client";

/** What the admin may do in the managed realm, as the server reports it (GET runtime-access/whoami). */
export interface Permissions {
  realm: string;
  viewUsers: boolean;
  manageUsers: boolean;
  viewEvents: boolean;
  manageEvents: boolean;
  viewRealm: boolean;
  manageRealm: boolean;
  /**
   * Set by the console, not the server: this is the realm the user signed in to, so the user API (my access,
   * approvals) accepts their token here. Any signed-in user of the realm has it, admin or not.
   */
  selfService: boolean;
}

export interface Console {
  /** The realm the admin signed in to; `master` admins manage other realms too. */
  loginRealm: string;
  /** The realm this page manages. */
  realm: string;
  username: string;
  permissions: Permissions;
  /** Admin REST calls scoped to `/admin/realms/{realm}`: pass `/runtime-access/...`, `/anomaly-findings/...`, `/users`. */
  api: Api;
  /** The signed-in user's own calls, scoped to `/realms/{loginRealm}/runtime-access`: pass `/requests/...`. */
  userApi: Api;
}

export const ConsoleContext = createContext<Console | null>(null);

export function useConsole(): Console {
  const console = useContext(ConsoleContext);
  if (!console) throw new Error("useConsole outside ConsoleContext");
  return console;
}
