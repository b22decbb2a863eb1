import { screen, waitFor, within } from "@testing-library/react";
import { ApiError } from "../api/client";
import userEvent from "@testing-library/user-event";
import type { Permissions } from "../app/ConsoleContext";
import { answerGets, fakeApi, renderWithConsole, viewOnlyPermissions, type FakeApi } from "../test/console";
import { CampaignPage } from "./CampaignPage";
import { campaign, reviewItems } from "./fixtures";
import type { Campaign } from "./model";

const path = "/runtime-access/reviews/campaigns/c1";

function render(permissions: Partial<Permissions> = {}, stored: Campaign = campaign): FakeApi {
  const api = fakeApi();
  answerGets(api, {
    [path]: stored,
    [`${path}/items`]: reviewItems,
    [`${path}/evidence`]: (query?: Record<string, unknown>) => (query?.format === "json" ? { campaign: stored, items: [] } : "user,access\nerin,grant:s1:payer\n"),
    "/users": [{ id: "u9", username: "nina" }],
  });
  renderWithConsole(<CampaignPage />, { api, path: "campaigns/c1", route: "campaigns/:id", permissions });
  return api;
}

describe("CampaignPage", () => {
  it("shows the settings and each item with its suggestion and decision", async () => {
    render();
    expect(await screen.findByRole("heading", { name: "Q4 payments" })).toBeInTheDocument();
    expect(screen.getByText("The manager in manager, auditor")).toBeInTheDocument();
    expect(screen.getByText("As the recommendation suggests · Apply revocations on closing")).toBeInTheDocument();
    const erin = await screen.findByTestId("review-item-erin-Payments: payer");
    expect(erin).toHaveTextContent("Never");
    expect(erin).toHaveTextContent("revoke: never used since granted 120 days ago: revoke");
    expect(screen.getByTestId("review-item-frank-Payments: viewer")).toHaveTextContent("Approvedmia: still on the team");
  });

  it("revokes the selected items with one justification", async () => {
    const api = render();
    api.post.mockResolvedValue({ decided: 2 });
    await userEvent.click(await screen.findByRole("checkbox", { name: "Select all items" }));
    await userEvent.click(screen.getByRole("button", { name: "Revoke selected" }));
    const dialog = screen.getByRole("dialog");
    expect(dialog).toHaveTextContent("Revoked (2 selected)");
    const record = within(dialog).getByRole("button", { name: "Record decision" });
    expect(record).toBeDisabled();
    await userEvent.type(within(dialog).getByLabelText(/^Justification/), "left the team");
    await userEvent.click(record);
    expect(api.post).toHaveBeenCalledWith(`${path}/decisions`, { decisions: [
      { itemId: "it1", decision: "revoke", justification: "left the team" },
      { itemId: "it2", decision: "revoke", justification: "left the team" },
    ] });
    expect(await screen.findByText("Decisions recorded: 2.")).toBeInTheDocument();
  });

  it("delegates one item to a user found as one types", async () => {
    const api = render();
    api.post.mockResolvedValue({ decided: 1 });
    await userEvent.click(await screen.findByRole("checkbox", { name: "Select erin Payments: payer" }));
    await userEvent.click(screen.getByRole("button", { name: "Delegate selected" }));
    const dialog = screen.getByRole("dialog");
    await userEvent.type(within(dialog).getByLabelText(/^Justification/), "nina owns payments now");
    await userEvent.type(within(dialog).getByRole("combobox", { name: "Delegate to" }), "ni");
    await userEvent.click(await within(dialog).findByRole("option", { name: /nina/ }));
    await userEvent.click(within(dialog).getByRole("button", { name: "Record decision" }));
    expect(api.post).toHaveBeenCalledWith(`${path}/decisions`, { decisions: [
      { itemId: "it1", decision: "delegate", justification: "nina owns payments now", delegateTo: "nina" },
    ] });
  });

  it("pages a large campaign's items on the server and forgets the selection of a page left", async () => {
    const api = fakeApi();
    const many = Array.from({ length: 101 }, (_, i) => ({ ...reviewItems[0], id: `it${i + 1}`, username: `user${i + 1}` }));
    answerGets(api, { [path]: { ...campaign, items: 150 }, [`${path}/items`]: (query?: Record<string, unknown>) => (query?.first === 0 ? many : many.slice(0, 50)) });
    renderWithConsole(<CampaignPage />, { api, path: "campaigns/c1", route: "campaigns/:id" });
    await screen.findByTestId("review-item-user100-Payments: payer");
    expect(screen.queryByTestId("review-item-user101-Payments: payer")).not.toBeInTheDocument();
    expect(api.get).toHaveBeenCalledWith(`${path}/items`, { first: 0, max: 101 });
    await userEvent.click(screen.getByRole("checkbox", { name: "Select user1 Payments: payer" }));
    expect(screen.getByRole("button", { name: "Revoke selected" })).toBeEnabled();
    await userEvent.click(screen.getAllByRole("button", { name: "Next page" })[0]);
    await waitFor(() => expect(api.get).toHaveBeenLastCalledWith(`${path}/items`, { first: 100, max: 101 }));
    expect(screen.getByRole("button", { name: "Revoke selected" })).toBeDisabled();
  });

  it("decides items on the second page and stays there, without reloading the campaign", async () => {
    const api = fakeApi();
    const many = Array.from({ length: 101 }, (_, i) => ({ ...reviewItems[0], id: `it${i + 1}`, username: `user${i + 1}` }));
    answerGets(api, { [path]: { ...campaign, items: 150 }, [`${path}/items`]: (query?: Record<string, unknown>) => (query?.first === 0 ? many : many.slice(0, 50)) });
    api.post.mockResolvedValue({ decided: 1 });
    renderWithConsole(<CampaignPage />, { api, path: "campaigns/c1", route: "campaigns/:id" });
    await screen.findByTestId("review-item-user100-Payments: payer");
    await userEvent.click(screen.getAllByRole("button", { name: "Next page" })[0]);
    await waitFor(() => expect(api.get).toHaveBeenLastCalledWith(`${path}/items`, { first: 100, max: 101 }));
    await userEvent.click(await screen.findByRole("checkbox", { name: "Select user1 Payments: payer" }));
    await userEvent.click(screen.getByRole("button", { name: "Revoke selected" }));
    const dialog = screen.getByRole("dialog");
    await userEvent.type(within(dialog).getByLabelText(/^Justification/), "left the team");
    const campaignLoads = api.get.mock.calls.filter(([called]) => called === path).length;
    await userEvent.click(within(dialog).getByRole("button", { name: "Record decision" }));
    expect(await screen.findByText("Decisions recorded: 1.")).toBeInTheDocument();
    await waitFor(() => expect(api.get).toHaveBeenLastCalledWith(`${path}/items`, { first: 100, max: 101 }));
    expect(api.get.mock.calls.filter(([called]) => called === path)).toHaveLength(campaignLoads);
  });

  it("closes an open campaign after confirming", async () => {
    const api = render();
    api.post.mockResolvedValue({ ...campaign, state: "closed" });
    await userEvent.click(await screen.findByRole("button", { name: "Close campaign" }));
    expect(screen.getByRole("dialog")).toHaveTextContent("Undecided items become: As the recommendation suggests.");
    await userEvent.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Close campaign" }));
    expect(api.post).toHaveBeenCalledWith(`${path}/close`);
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
  });

  it("reads the campaign again when the close is refused because it closed meanwhile", async () => {
    const api = render();
    api.post.mockRejectedValue(new ApiError(409, "the campaign is closed", "id"));
    await userEvent.click(await screen.findByRole("button", { name: "Close campaign" }));
    const loads = api.get.mock.calls.filter(([called]) => called === path).length;
    await userEvent.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Close campaign" }));
    expect(await within(screen.getByRole("dialog")).findByText(/the campaign is closed/)).toBeInTheDocument();
    await userEvent.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(api.get.mock.calls.filter(([called]) => called === path).length).toBeGreaterThan(loads));
  });

  it("shows what the close did to each item", async () => {
    const api = fakeApi();
    answerGets(api, {
      [path]: { ...campaign, state: "closed", closedAt: "2026-12-04T10:00:00Z" },
      [`${path}/items`]: [
        { ...reviewItems[0], decision: "revoke", applied: "failed: ModelException", appliedAt: "2026-12-04T10:00:00Z" },
        { ...reviewItems[1], applied: "kept", appliedAt: "2026-12-04T10:00:00Z" },
      ],
    });
    renderWithConsole(<CampaignPage />, { api, path: "campaigns/c1", route: "campaigns/:id" });
    expect(await screen.findByTestId("applied-it1")).toHaveTextContent("At the close: failed: ModelException");
    expect(screen.getByTestId("applied-it2")).toHaveTextContent("At the close: kept");
  });

  it("offers a closed campaign's evidence and no decision controls", async () => {
    const api = render({}, { ...campaign, state: "closed", closedAt: "2026-12-04T10:00:00Z" });
    const createObjectURL = vi.fn(() => "blob:evidence");
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    await userEvent.click(await screen.findByRole("button", { name: "Download evidence (CSV)" }));
    await waitFor(() => expect(api.get).toHaveBeenCalledWith(`${path}/evidence`, { format: "csv" }, "text/csv"));
    await userEvent.click(screen.getByRole("button", { name: "Download evidence (JSON)" }));
    await waitFor(() => expect(createObjectURL).toHaveBeenCalledTimes(2));
    await screen.findByTestId("review-item-erin-Payments: payer");
    expect(screen.queryByRole("checkbox")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Close campaign" })).not.toBeInTheDocument();
  });

  it("shows a view-only admin an open campaign without any decision control", async () => {
    render(viewOnlyPermissions);
    await screen.findByTestId("review-item-erin-Payments: payer");
    expect(screen.queryByRole("checkbox")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Close campaign|selected/ })).not.toBeInTheDocument();
  });
});
