/** GET /runtime-access/users/{user}/explain: who the user is, what their token says, and why they hold each role. */
export interface Explanation {
  user: { id: string; username: string; email?: string; enabled: boolean };
  claims: {
    runtimeGroups?: string[];
    businessFilters?: string[];
    designerUser?: boolean;
    org_id?: string | null;
  };
  designerBypass: boolean;
  access: AccessEntry[];
}

export type AccessReason = "direct" | "group" | "expired" | "archived-group" | "not-in-active-policy";

export interface AccessEntry {
  solutionId: string;
  solutionName?: string;
  role: string;
  reason: AccessReason;
  /** The end-user group's name and id, for a grant held through a group. */
  viaGroup?: string | null;
  viaGroupId?: string | null;
  grantId?: string;
  expiresAt?: string | null;
  source?: string;
  grantedBy?: string | null;
  /** The granting admin's username, when the server still knows the user (this realm or master). */
  grantedByUsername?: string | null;
}
