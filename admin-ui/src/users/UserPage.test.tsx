import { screen, within } from "@testing-library/react";
import { answerGets, fakeApi, renderWithConsole } from "../test/console";
import { UserPage } from "./UserPage";
import type { Explanation } from "./model";

const explanation: Explanation = {
  user: { id: "u1", username: "erin", email: "erin@example.com", enabled: true },
  claims: { runtimeGroups: ["Claim Handlers", "Auditors"], businessFilters: ["region=EMEA"], designerUser: true, org_id: "org-7" },
  designerBypass: true,
  access: [
    { solutionId: "s1", solutionName: "Claims", role: "approver", reason: "direct", grantId: "g1", expiresAt: null, source: "admin", grantedBy: "admin" },
    { solutionId: "s1", solutionName: "Claims", role: "viewer", reason: "group", viaGroup: "Claim Handlers", grantId: "g2", source: "import", grantedBy: "ops" },
    { solutionId: "s2", solutionName: "Payments", role: "clerk", reason: "expired", grantId: "g3", expiresAt: "2026-01-01T00:00:00Z", source: "admin" },
    { solutionId: "s2", solutionName: "Payments", role: "legacy", reason: "not-in-active-policy", grantId: "g4", source: "admin" },
  ],
};

function render(answer: Explanation = explanation) {
  const api = fakeApi();
  answerGets(api, {
    "/runtime-access/users/u1/explain": answer,
    "/runtime-access/groups": (query?: Record<string, unknown>) =>
      query?.search === "Claim Handlers" ? [{ id: "grp-1", name: "Claim Handlers Archive" }, { id: "grp-2", name: "Claim Handlers" }] : [],
  });
  renderWithConsole(<UserPage />, { api, path: "users/u1", route: "users/:id" });
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
    const expired = screen.getByTestId("access-Payments-clerk");
    expect(within(expired).getByText("Expired").closest(".pf-v5-c-label")).not.toHaveClass("pf-m-orange");
    expect(expired).toHaveClass("pf-v5-u-color-200");
    expect(direct).not.toHaveClass("pf-v5-u-color-200");
    expect(within(screen.getByTestId("access-Payments-legacy")).getByText("Role not in the Active Policy").closest(".pf-v5-c-label")).toHaveClass("pf-m-orange");
  });

  it("shows the token's claims and the designer bypass", async () => {
    render();
    const claims = await screen.findByLabelText("Claims in the user's token");
    expect(within(claims).getByText("attributes.runtimeGroups").closest(".pf-v5-c-description-list__group")).toHaveTextContent("Claim Handlers, Auditors");
    expect(claims).toHaveTextContent("region=EMEA");
    expect(claims).toHaveTextContent("org-7");
    expect(screen.getByText("Designer bypass: runtime checks on swimlanes are bypassed")).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 1, name: "erin" })).toBeInTheDocument();
  });

  it("shows no bypass alert and an empty access state when there is none", async () => {
    render({ ...explanation, designerBypass: false, claims: { designerUser: false }, access: [] });
    expect(await screen.findByText("No runtime access")).toBeInTheDocument();
    expect(screen.queryByText(/Designer bypass/)).not.toBeInTheDocument();
  });
});
