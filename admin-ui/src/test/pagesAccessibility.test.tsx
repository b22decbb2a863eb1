import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactElement } from "react";
import { GroupPage } from "../groups/GroupPage";
import { GroupsPage } from "../groups/GroupsPage";
import { FindingPage } from "../findings/FindingPage";
import { FindingSettingsPage } from "../findings/FindingSettingsPage";
import { FindingsPage } from "../findings/FindingsPage";
import { findingTicket, networkFinding } from "../findings/fixtures";
import { UserPage } from "../users/UserPage";
import { UsersPage } from "../users/UsersPage";
import { DormantPage } from "../governance/DormantPage";
import { approverItem, dormantProposal, peerProposal, risk, settings, sodRule } from "../governance/fixtures";
import { GovernanceSettingsPage } from "../governance/GovernanceSettingsPage";
import { ProposalsPage } from "../governance/ProposalsPage";
import { RoleMiningPage } from "../governance/RoleMiningPage";
import { SeparationPage } from "../governance/SeparationPage";
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
      access: [{ solutionId: "s1", solutionName: "Claims", role: "approver", reason: "group", viaGroup: "Claim Handlers", viaGroupId: "g1", grantId: "x" }],
    },
    "/users": [{ id: "u1", username: "erin" }],
    "/anomaly-findings": [networkFinding],
    "/anomaly-findings/f1": networkFinding,
    "/runtime-access/tickets/outbox": [findingTicket],
    "/anomaly-findings/settings": { webhookUrl: null, webhookSecretSet: true, responses: {} },
    "/runtime-access/governance/users/u1/risk": risk,
    "/runtime-access/governance/settings": settings,
    "/runtime-access/governance/proposals": [peerProposal, dormantProposal],
    "/runtime-access/governance/sod/rules": [sodRule],
    "/runtime-access/solutions": [],
    "/runtime-access/governance/reports/dormant": {
      dormantDays: 90,
      accounts: [{ userId: "u2", username: "frank", enabled: true, lastSignIn: null, daysSinceSignIn: null, privileged: true }],
    },
    "/runtime-access/governance/role-mining": {
      templates: [{ id: "t1", solutionId: "s1", solutionName: "Payments", roles: ["creator", "viewer"], users: 3, userIds: [], grantsReplaced: 6 }],
      coverage: { directGrants: 6, covered: 6, ratio: 1 },
    },
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
  ["proposals", <ProposalsPage />, "proposals", "proposals", approverItem.label],
  ["separation of duties", <SeparationPage />, "separation-of-duties", "separation-of-duties", sodRule.name],
  ["dormant and unused", <DormantPage />, "dormant", "dormant", "frank"],
  ["role mining", <RoleMiningPage />, "role-mining", "role-mining", "creator"],
  ["governance settings", <GovernanceSettingsPage />, "governance-settings", "governance-settings", "Peer attributes"],
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

  it("proposals with evidence open and the approve and rule dialogs", async () => {
    renderWithConsole(<ProposalsPage />, { api: api(), path: "proposals", route: "proposals" });
    await userEvent.click((await screen.findAllByRole("button", { name: /details/i }))[0]);
    await expectNoSeriousViolations();
    await userEvent.click(screen.getByRole("button", { name: /^Approve erin/ }));
    await screen.findByLabelText("Comment");
    await expectNoSeriousViolations();
  });

  it("separation-of-duties rule dialog", async () => {
    renderWithConsole(<SeparationPage />, { api: api(), path: "separation-of-duties", route: "separation-of-duties" });
    await userEvent.click(await screen.findByRole("button", { name: "Create rule" }));
    await screen.findByLabelText(/Access item keys/);
    await expectNoSeriousViolations();
  });
});
