import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { answerGets, fakeApi, renderWithConsole } from "../test/console";
import { DormantPage } from "./DormantPage";
import { approverItem } from "./fixtures";

function render() {
  const api = fakeApi();
  answerGets(api, {
    "/runtime-access/governance/reports/dormant": {
      dormantDays: 90,
      accounts: [
        { userId: "u9", username: "root-admin", enabled: true, lastSignIn: null, daysSinceSignIn: null, privileged: true },
        { userId: "u2", username: "frank", enabled: true, lastSignIn: "2026-07-01T08:00:00Z", daysSinceSignIn: 156, privileged: false },
      ],
    },
    "/runtime-access/governance/reports/unused": {
      unusedDays: 180,
      grants: [{ userId: "u1", username: "erin", item: approverItem, viaGroup: "Finance", lastUsed: null, daysUnused: null, privileged: false }],
      disabledUsers: [{ userId: "u3", username: "gina", item: approverItem }],
    },
    "/runtime-access/governance/reports/reconciliation": {
      orphanedFederatedUsers: [{ userId: "u4", username: "hal" }],
      unmatchedIdentityProviderGroups: [],
      inactivePolicyGrants: [{ grantId: "g1", solutionId: "s1", solutionName: "Payments", role: "legacy", principal: { type: "user", id: "u1", name: "erin" } }],
      emptyGroups: [{ groupId: "e1", name: "Old team" }],
    },
  });
  renderWithConsole(<DormantPage />, { api, path: "dormant" });
  return api;
}

describe("DormantPage", () => {
  it("lists dormant accounts in the order the server gives (privileged first), marked, with never for no sign-in", async () => {
    render();
    expect(await screen.findByText("No sign-in for 90 days or more; privileged accounts first.")).toBeInTheDocument();
    const admin = screen.getByTestId("dormant-root-admin");
    expect(admin).toHaveTextContent("Never");
    expect(admin).toHaveTextContent("Privileged");
    expect(screen.getByTestId("dormant-frank")).toHaveTextContent("156");
    expect(within(screen.getByTestId("dormant-frank")).getByRole("link", { name: "frank" })).toHaveAttribute("href", "/acme/users/u2");
    const rows = screen.getAllByTestId(/^dormant-/).map((row) => row.getAttribute("data-testid"));
    expect(rows.indexOf("dormant-root-admin")).toBeLessThan(rows.indexOf("dormant-frank"));
  });

  it("lists unused grants and disabled users' access", async () => {
    render();
    await userEvent.click(await screen.findByRole("tab", { name: "Unused grants" }));
    const grant = await screen.findByTestId("unused-erin-grant:s1:approver");
    expect(grant).toHaveTextContent("Payments / approver");
    expect(grant).toHaveTextContent("Finance");
    expect(screen.getByTestId("disabled-gina-grant:s1:approver")).toBeInTheDocument();
    expect(screen.getByText("Not exercised for 180 days or more.")).toBeInTheDocument();
  });

  it("shows each reconciliation list, saying when one is empty", async () => {
    render();
    await userEvent.click(await screen.findByRole("tab", { name: "Reconciliation" }));
    expect(await screen.findByTestId("orphan-hal")).toBeInTheDocument();
    expect(screen.getByTestId("inactive-g1")).toHaveTextContent("Payments");
    expect(screen.getByTestId("inactive-g1")).toHaveTextContent("User erin");
    expect(screen.getByTestId("empty-Old team")).toBeInTheDocument();
    expect(screen.getAllByText("None found")).toHaveLength(1);
  });
});
