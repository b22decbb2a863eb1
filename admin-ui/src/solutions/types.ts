/** Wire shapes of the solutions admin API (docs/api.md, Representations.java). */
export type ResourceKind = "swimlane" | "ui-flow";

export interface Resource {
  name: string;
  kind: ResourceKind;
  /** Permission name (view, execute, self-assign, interact) to the build's roles that hold it. */
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

export function activeBuild(solution: Solution): Build | undefined {
  return solution.builds.find((build) => build.id === solution.activeBuildId);
}
