import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Permissions } from "../app/ConsoleContext";
import { risk } from "../governance/fixtures";
import { answerGets, fakeApi, renderWithConsole, viewOnlyPermissions } from "../test/console";
import { UserPage } from "./UserPage";
import type { Explanation } from "./model";

const explanation: Explanation = {
  user: { id: "u1", username: "erin", email: "erin@example.com", enabled: true },
  claims: { runtimeGroups: ["Claim Handlers", "Auditors"], businessFilters: ["region=EMEA"], designerUser: true, org_id: "org-7" },
  designerBypass: true,
  access: [
    { solutionId: "s1", solutionName: "Claims", role: "approver", reason: "direct", grantId: "g1", expiresAt: null, source: "admin", grantedBy: "a1b2c3d4-0000-4000-8000-000000000001", grantedByUsername: "admin" },
    { solutionId: "s1", solutionName: "Claims", role: "viewer", reason: "group", viaGroup: "Claim Handlers", viaGroupId: "grp-2", grantId: "g2", source: "import", grantedBy: "a1b2c3d4-0000-4000-8000-000000000002", grantedByUsername: null },
    { solutionId: "s2", solutionName: "Payments", role: "clerk", reason: "expired", grantId: "g3", expiresAt: "2026-01-01T00:00:00Z", source: "admin" },
    { solutionId: "s2", solutionName: "Payments", role: "legacy", reason: "not-in-active-policy", grantId: "g4", source: "admin" },
    { solutionId: "s2", solutionName: "Payments", role: "auditor", reason: "archived-group", viaGroup: "Old Team", viaGroupId: "grp-9", grantId: "g5", source: "admin" },
  ],
};

function render(answer: Explanation = explanation, permissions: Partial<Permissions> = {}) {
  const api = fakeApi();
  answerGets(api, {
    "/runtime-access/users/u1/explain": answer,
    "/runtime-access/governance/users/u1/risk": risk,
  });
  renderWithConsole(<UserPage />, { api, path: "users/u1", route: "users/:id", permissions });
  return api;
}

describe("UserPage", () => {
  it("explains each role: direct, through a group (linked), expired, not in the Active Policy", async () => {
    render();
    const direct = await screen.findByTestId("access-Claims-approver");
    expect(direct).toHaveTextContent("Direct grant");
    expect(within(direct).getByRole("link", { name: "Claims" })).toHaveAttribute("href", "/acme/solutions/s1");
    const viaGroup = screen.getByTestId("access-Claims-viewer");
    expect(viaGroup).toHaveTextContent("Through group Claim Handlers");
    expect(within(viaGroup).getByRole("link", { name: "Claim Handlers" })).toHaveAttribute("href", "/acme/groups/grp-2");
    expect(viaGroup).toHaveTextContent("Import");
    // who granted: the admin's username, or the id when the server no longer knows the user
    expect(direct).toHaveTextContent("admin");
    expect(direct).not.toHaveTextContent("a1b2c3d4-0000-4000-8000-000000000001");
    expect(viaGroup).toHaveTextContent("a1b2c3d4-0000-4000-8000-000000000002");
    const expired = screen.getByTestId("access-Payments-clerk");
    expect(within(expired).getByText("Expired").closest(".pf-v5-c-label")).not.toHaveClass("pf-m-orange");
    expect(expired).toHaveClass("pf-v5-u-color-200");
    expect(direct).not.toHaveClass("pf-v5-u-color-200");
    expect(within(screen.getByTestId("access-Payments-legacy")).getByText("Role not in the Active Policy").closest(".pf-v5-c-label")).toHaveClass("pf-m-orange");
    const archived = screen.getByTestId("access-Payments-auditor");
    expect(archived).toHaveTextContent("Group archived: grants nothing");
    expect(within(archived).getByRole("link", { name: "Old Team" })).toHaveAttribute("href", "/acme/groups/grp-9");
    expect(archived).toHaveClass("pf-v5-u-color-200");
  });

  it("shows the token's claims and the designer bypass", async () => {
    render();
    const claims = await screen.findByLabelText("Claims in the user's token");
    expect(within(claims).getByText("attributes.runtimeGroups").closest(".pf-v5-c-description-list__group")).toHaveTextContent("Claim Handlers, Auditors");
    expect(claims).toHaveTextContent("region=EMEA");
    expect(claims).toHaveTextContent("org-7");
    expect(screen.getByText("Designer bypass: the user may use every solution and view, execute and self-assign its swimlanes without a runtime role")).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 1, name: "erin" })).toBeInTheDocument();
  });

  it("shows no bypass alert and an empty access state when there is none", async () => {
    render({ ...explanation, designerBypass: false, claims: { designerUser: false }, access: [] });
    expect(await screen.findByText("No runtime access")).toBeInTheDocument();
    expect(screen.queryByText(/Designer bypass/)).not.toBeInTheDocument();
  });

  it("shows the risk score with its level colour and reasons, and recomputes it", async () => {
    const api = render();
    const card = await screen.findByLabelText("Risk");
    await within(card).findByTestId("risk-score");
    expect(within(card).getByTestId("risk-score")).toHaveTextContent("72");
    expect(within(card).getByText("High").closest(".pf-v5-c-label")).toHaveClass("pf-m-red");
    expect(within(card).getByRole("list", { name: "Reasons" })).toHaveTextContent("+40 holds the realm-admin role");
    api.post.mockResolvedValue({ ...risk, score: 12, level: "low", reasons: [] });
    answerGets(api, { "/runtime-access/governance/users/u1/risk": { ...risk, score: 12, level: "low", reasons: [] } });
    await userEvent.click(within(card).getByRole("button", { name: "Recompute" }));
    expect(api.post).toHaveBeenCalledWith("/runtime-access/governance/users/u1/risk");
    await waitFor(() => expect(within(card).getByTestId("risk-score")).toHaveTextContent("12"));
    expect(within(card).getByText("Low").closest(".pf-v5-c-label")).toHaveClass("pf-m-green");
    expect(within(card).getByText("Nothing raises this user's risk.")).toBeInTheDocument();
  });

  it("offers a view-only admin no recompute", async () => {
    render(explanation, viewOnlyPermissions);
    await screen.findByTestId("risk-score");
    expect(screen.queryByRole("button", { name: "Recompute" })).not.toBeInTheDocument();
  });
});
