import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactElement } from "react";
import { GroupPage } from "../groups/GroupPage";
import { GroupsPage } from "../groups/GroupsPage";
import { FindingPage } from "../findings/FindingPage";
import { FindingSettingsPage } from "../findings/FindingSettingsPage";
import { FindingsPage } from "../findings/FindingsPage";
import { networkFinding } from "../findings/fixtures";
import { UserPage } from "../users/UserPage";
import { UsersPage } from "../users/UsersPage";
import { expectNoSeriousViolations } from "./accessibility";
import { answerGets, fakeApi, renderWithConsole } from "./console";

const group = { id: "g1", name: "Claim Handlers", description: "EMEA", attributes: { region: "EMEA" }, archived: false, memberCount: 1 };

function api() {
  const fake = fakeApi();
  answerGets(fake, {
    "/runtime-access/groups": [group],
    "/runtime-access/groups/g1": group,
    "/runtime-access/groups/g1/members": [{ userId: "u1", username: "alice", source: "admin", addedAt: "2026-11-01T10:00:00Z" }],
    "/runtime-access/groups/g1/access": [],
    "/runtime-access/users/u1/explain": {
      user: { id: "u1", username: "erin", email: "erin@example.com", enabled: true },
      claims: { runtimeGroups: ["Claim Handlers"], businessFilters: [], designerUser: true, org_id: "o1" },
      designerBypass: true,
      access: [{ solutionId: "s1", solutionName: "Claims", role: "approver", reason: "group", viaGroup: "Claim Handlers", grantId: "x" }],
    },
    "/users": [{ id: "u1", username: "erin" }],
    "/anomaly-findings": [networkFinding],
    "/anomaly-findings/f1": networkFinding,
    "/anomaly-findings/settings": { webhookUrl: null, webhookSecretSet: true, responses: {} },
  });
  return fake;
}

const pages: [string, ReactElement, string, string, string][] = [
  ["groups", <GroupsPage />, "groups", "groups", "Claim Handlers"],
  ["group", <GroupPage />, "groups/g1", "groups/:id", "alice"],
  ["users", <UsersPage />, "users", "users", "Search for a user"],
  ["user", <UserPage />, "users/u1", "users/:id", "approver"],
  ["findings", <FindingsPage />, "findings", "findings", "erin"],
  ["finding", <FindingPage />, "findings/f1", "findings/:id", "usualCountries"],
  ["finding settings", <FindingSettingsPage />, "finding-settings", "finding-settings", "Critical findings"],
];

describe("accessibility (axe, serious and critical)", () => {
  it.each(pages)("%s page", async (_name, page, path, route, shown) => {
    renderWithConsole(page, { api: api(), path, route });
    expect((await screen.findAllByText(shown)).length).toBeGreaterThan(0);
    await expectNoSeriousViolations();
  });

  it("group page's attributes tab and bulk-add modal", async () => {
    renderWithConsole(<GroupPage />, { api: api(), path: "groups/g1", route: "groups/:id" });
    await userEvent.click(await screen.findByRole("tab", { name: "Attributes" }));
    await screen.findByLabelText("Name of attribute 1");
    await expectNoSeriousViolations();
    await userEvent.click(screen.getByRole("tab", { name: "Members" }));
    await userEvent.click(await screen.findByRole("button", { name: "Add many" }));
    await screen.findByLabelText(/Usernames or emails/);
    await expectNoSeriousViolations();
  });
});
