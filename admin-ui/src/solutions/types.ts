/** Wire shapes of the solutions admin API (docs/api.md, Representations.java). */
/** The console creates swimlanes and UI flows; a build made through the API may have resources of any type. */
export type ResourceKind = "swimlane" | "ui-flow";

export interface Resource {
  name: string;
  kind: ResourceKind | (string & {});
  /** Action name (view, execute, self-assign, interact, or a type's own) to the build's roles that hold it. */
  permissions: Record<string, string[]>;
}

export interface Build {
  id: string;
  name: string;
  roles: string[];
  resources: Resource[];
  active?: boolean;
}

export interface Solution {
  id: string;
  name: string;
  activeBuildId?: string;
  builds: Build[];
}

export interface Principal {
  type: "user" | "group";
  id: string;
  name?: string;
}

export interface Grant {
  id: string;
  solutionId: string;
  principal: Principal;
  role: string;
  expiresAt?: string;
  grantedBy?: string;
  /** The granting admin's username, when the server still knows the user (this realm or master). */
  grantedByUsername?: string | null;
  grantedAt?: string;
  source?: string;
  reason?: string;
}

export interface Share {
  solutionId: string;
  activeBuildId?: string;
  activeBuildName?: string;
  offeredRoles: string[];
  grants: Grant[];
}

export const permissionsOf: Record<ResourceKind, string[]> = {
  swimlane: ["view", "execute", "self-assign"],
  "ui-flow": ["interact"],
};

/** A resource's actions: the fixed ones of a swimlane or UI flow, else the action names its type's permissions use. */
export function actionsOf(resource: Resource): string[] {
  return resource.kind in permissionsOf ? permissionsOf[resource.kind as ResourceKind] : Object.keys(resource.permissions);
}

export function activeBuild(solution: Solution): Build | undefined {
  return solution.builds.find((build) => build.id === solution.activeBuildId);
}
