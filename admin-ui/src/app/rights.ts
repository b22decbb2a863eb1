import { ApiError, type Api } from "../api/client";
import type { Permissions } from "./ConsoleContext";

/** No admin right at all: a realm user who may only use their own pages. */
export function noAdminRights(realm: string): Omit<Permissions, "selfService"> {
  return { realm, viewUsers: false, manageUsers: false, viewEvents: false, manageEvents: false, viewRealm: false, manageRealm: false };
}

/**
 * What the signed-in user may do in `realm`. whoami answers 403 to a user with no admin right; in the realm they
 * signed in to they still request access and approve, so that is no error there. Elsewhere (a master admin
 * picking a realm they may not manage) it stays one.
 */
export async function rightsIn(adminApi: Api, realm: string, loginRealm: string): Promise<Permissions> {
  const selfService = realm === loginRealm;
  try {
    return { ...(await adminApi.get<Permissions>("/runtime-access/whoami")), selfService };
  } catch (error) {
    if (selfService && error instanceof ApiError && error.status === 403) return { ...noAdminRights(realm), selfService };
    throw error;
  }
}
