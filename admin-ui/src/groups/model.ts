/** Wire shapes of the end-user group API (docs/api.md, Representations.Group / Member / Grant). */
export interface Group {
  id: string;
  name: string;
  description?: string;
  attributes?: Record<string, string>;
  archived?: boolean;
  memberCount?: number;
}

export interface Member {
  userId: string;
  username?: string;
  source: "admin" | "identity_provider" | string;
  addedAt?: string;
}

export interface Grant {
  id: string;
  solutionId: string;
  role: string;
  expiresAt?: string;
  source?: string;
  grantedBy?: string;
}

export interface BulkResult {
  added: string[];
  alreadyMembers: string[];
}

export const groupsPath = "/runtime-access/groups";

export function groupPath(id: string): string {
  return `${groupsPath}/${encodeURIComponent(id)}`;
}
