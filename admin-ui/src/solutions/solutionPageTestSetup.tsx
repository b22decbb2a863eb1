import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { answerGets, fakeApi, renderWithConsole } from "../test/console";
import { SolutionPage } from "./SolutionPage";
import type { Share, Solution } from "./types";

/** What the solution page's tests share: a solution with two builds, its share, and the page rendered on it. */
export const loans: Solution = {
  id: "s1",
  name: "Loans",
  activeBuildId: "b1",
  builds: [
    { id: "b1", name: "1", roles: ["user", "auditor"], resources: [] },
    {
      id: "b2",
      name: "2",
      roles: ["user", "approver"],
      resources: [{ name: "approval", kind: "swimlane", permissions: { view: ["user"], execute: ["approver"], "self-assign": [] } }],
    },
  ],
};

export const share: Share = {
  solutionId: "s1",
  activeBuildId: "b1",
  activeBuildName: "1",
  offeredRoles: ["user", "auditor"],
  grants: [
    { id: "g1", solutionId: "s1", principal: { type: "user", id: "u1", name: "erin" }, role: "auditor", source: "just_in_time", grantedBy: "a1b2c3d4-0000-4000-8000-000000000001", grantedByUsername: "admin" },
    { id: "g2", solutionId: "s1", principal: { type: "group", id: "gr1", name: "Auditors" }, role: "auditor", expiresAt: "2030-01-01T00:00:00Z" },
    { id: "g3", solutionId: "s1", principal: { type: "user", id: "u2", name: "gina" }, role: "user" },
  ],
};

export function setUp(permissions = {}) {
  const api = fakeApi();
  answerGets(api, {
    "/runtime-access/solutions/s1": loans,
    "/runtime-access/solutions/s1/share": share,
    "/runtime-access/roles": [{ id: "r1", name: "user" }, { id: "r2", name: "approver" }, { id: "r3", name: "auditor" }],
    "/users": [{ id: "u9", username: "frank", email: "frank@example.com" }],
    "/runtime-access/groups": [{ id: "gr9", name: "Frankfurt office" }],
    "/runtime-access/solutions/s1/owners": [],
  });
  renderWithConsole(<SolutionPage />, { api, permissions, path: "solutions/s1", route: "solutions/:id" });
  return api;
}

export async function openTab(name: string) {
  await userEvent.click(await screen.findByRole("tab", { name }));
}
