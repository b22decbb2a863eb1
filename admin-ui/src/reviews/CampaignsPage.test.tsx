import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ApiError } from "../api/client";
import type { Permissions } from "../app/ConsoleContext";
import { answerGets, fakeApi, renderWithConsole, viewOnlyPermissions, type FakeApi } from "../test/console";
import { CampaignsPage } from "./CampaignsPage";
import { campaign } from "./fixtures";

const campaigns = "/runtime-access/reviews/campaigns";

function render(permissions: Partial<Permissions> = {}): FakeApi {
  const api = fakeApi();
  answerGets(api, {
    [campaigns]: [campaign, { ...campaign, id: "c0", name: "Q3 payments", state: "closed", closedAt: "2026-10-01T10:00:00Z" }],
    "/runtime-access/solutions": [{ id: "s1", name: "Payments", builds: [] }],
  });
  renderWithConsole(<CampaignsPage />, { api, path: "campaigns", permissions });
  return api;
}

describe("CampaignsPage", () => {
  it("lists the campaigns with scope, state and items, linking to each", async () => {
    render();
    const open = await screen.findByTestId("campaign-Q4 payments");
    expect(open).toHaveTextContent("A solution's grants");
    expect(open).toHaveTextContent("Open");
    expect(within(open).getByRole("link", { name: "Q4 payments" })).toHaveAttribute("href", "/acme/campaigns/c1");
    expect(screen.getByTestId("campaign-Q3 payments")).toHaveTextContent("Closed");
  });

  it("starts a campaign over a solution's grants and opens it", async () => {
    const api = render();
    api.post.mockRejectedValueOnce(new ApiError(400, "reviewers.fallback: no user 'nobody'", "reviewers.fallback"));
    api.post.mockResolvedValueOnce({ ...campaign, id: "c9" });
    await userEvent.click(await screen.findByRole("button", { name: "Start campaign" }));
    const dialog = screen.getByRole("dialog");
    const start = within(dialog).getByRole("button", { name: "Start" });
    await userEvent.type(within(dialog).getByLabelText(/^Name/), "Q4 payments");
    expect(start).toBeDisabled();
    await userEvent.selectOptions(await within(dialog).findByLabelText(/^Solution/), "Payments");
    await userEvent.type(within(dialog).getByLabelText(/^Fallback reviewers/), "nobody");
    await userEvent.type(within(dialog).getByLabelText(/^Remind before/), "P3D");
    await userEvent.selectOptions(within(dialog).getByLabelText(/^At the deadline/), "recommendation");
    expect(within(dialog).getByLabelText("Apply revocations on closing")).toBeChecked();
    await userEvent.click(start);
    expect(api.post).toHaveBeenCalledWith(campaigns, {
      name: "Q4 payments",
      scope: { type: "solution-grants", id: "s1", days: null },
      reviewers: { type: "manager", attribute: "manager", fallback: ["nobody"] },
      duration: "P14D",
      reminderBefore: "P3D",
      defaultDecision: "recommendation",
      autoApply: true,
      recurrence: null,
    });
    expect(await within(dialog).findByText("reviewers.fallback: no user 'nobody'")).toBeInTheDocument();
    // a screen reader reads the refusal with the field it is about
    expect(within(dialog).getByLabelText(/^Fallback reviewers/)).toHaveAccessibleDescription("reviewers.fallback: no user 'nobody'");
    await userEvent.clear(within(dialog).getByLabelText(/^Fallback reviewers/));
    await userEvent.click(start);
    await waitFor(() => expect(screen.getByTestId("elsewhere")).toBeInTheDocument());
  });

  it("reviews the inactive users' access with a group of reviewers", async () => {
    const api = render();
    api.post.mockResolvedValue({ ...campaign, id: "c8" });
    await userEvent.click(await screen.findByRole("button", { name: "Start campaign" }));
    const dialog = screen.getByRole("dialog");
    await userEvent.type(within(dialog).getByLabelText(/^Name/), "Dormant");
    await userEvent.selectOptions(within(dialog).getByLabelText(/^Scope/), "inactive-users");
    await userEvent.selectOptions(within(dialog).getByLabelText(/^Reviewers/), "group");
    await userEvent.type(within(dialog).getByLabelText(/^Group path/), "/Auditors");
    await userEvent.click(within(dialog).getByRole("button", { name: "Start" }));
    expect(api.post).toHaveBeenCalledWith(campaigns, expect.objectContaining({
      scope: { type: "inactive-users", id: null, days: 90 },
      reviewers: { type: "group", group: "/Auditors", fallback: [] },
    }));
  });

  it("sends a solution's grants to its owners, with no group or attribute to fill in", async () => {
    const api = render();
    api.post.mockResolvedValue({ ...campaign, id: "c7" });
    await userEvent.click(await screen.findByRole("button", { name: "Start campaign" }));
    const dialog = screen.getByRole("dialog");
    await userEvent.type(within(dialog).getByLabelText(/^Name/), "Owned");
    await userEvent.selectOptions(await within(dialog).findByLabelText(/^Solution/), "Payments");
    await userEvent.selectOptions(within(dialog).getByLabelText(/^Reviewers/), "owner");
    expect(within(dialog).queryByLabelText(/^Manager attribute/)).not.toBeInTheDocument();
    expect(within(dialog).getByText(/go to the fallback reviewers/)).toBeInTheDocument();
    await userEvent.type(within(dialog).getByLabelText(/^Fallback reviewers/), "auditor");
    await userEvent.click(within(dialog).getByRole("button", { name: "Start" }));
    expect(api.post).toHaveBeenCalledWith(campaigns, expect.objectContaining({
      scope: { type: "solution-grants", id: "s1", days: null },
      reviewers: { type: "owner", fallback: ["auditor"] },
    }));
  });

  it("cannot be closed while the campaign is being started", async () => {
    const api = render();
    api.post.mockReturnValue(new Promise(() => undefined));
    await userEvent.click(await screen.findByRole("button", { name: "Start campaign" }));
    const dialog = screen.getByRole("dialog");
    await userEvent.type(within(dialog).getByLabelText(/^Name/), "Q4 payments");
    await userEvent.selectOptions(await within(dialog).findByLabelText(/^Solution/), "Payments");
    await userEvent.click(within(dialog).getByRole("button", { name: "Start" }));
    expect(within(dialog).getByRole("button", { name: "Cancel" })).toBeDisabled();
    expect(within(dialog).queryByRole("button", { name: "Close" })).not.toBeInTheDocument();
    await userEvent.keyboard("{Escape}");
    expect(screen.getByRole("dialog")).toBeInTheDocument();
  });

  it("shows a view-only admin the campaigns without a start button", async () => {
    render(viewOnlyPermissions);
    await screen.findByTestId("campaign-Q4 payments");
    expect(screen.queryByRole("button", { name: "Start campaign" })).not.toBeInTheDocument();
  });
});
