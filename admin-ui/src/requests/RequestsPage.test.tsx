import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ApiError } from "../api/client";
import type { Permissions } from "../app/ConsoleContext";
import { answerGets, fakeApi, renderWithConsole, viewOnlyPermissions, type FakeApi } from "../test/console";
import { activeRequest, groupItem, pendingRequest, roleItem } from "./fixtures";
import { RequestsPage } from "./RequestsPage";

const items = "/runtime-access/requests/items";
const payments = { id: "s1", name: "Payments", activeBuildId: "b2", builds: [{ id: "b1", name: "1", roles: ["viewer"], resources: [] }, { id: "b2", name: "2", roles: ["viewer", "operator"], resources: [] }] };

function render(permissions: Partial<Permissions> = {}, stored = [roleItem, groupItem]): FakeApi {
  const api = fakeApi();
  answerGets(api, {
    [items]: stored,
    "/runtime-access/requests": (query?: Record<string, unknown>) => (query?.status === "active" ? [activeRequest] : [pendingRequest, activeRequest]),
    "/runtime-access/solutions": [payments],
    "/runtime-access/groups": [{ id: "g1", name: "Night Shift" }],
    "/users": [{ id: "u-amy", username: "amy", email: "amy@example.com" }],
    "/users/u-amy": { id: "u-amy", username: "amy" },
  });
  renderWithConsole(<RequestsPage />, { api, path: "requests", permissions });
  return api;
}

describe("RequestsPage", () => {
  it("lists the items with what they give and their policy", async () => {
    render();
    const role = await screen.findByTestId("item-Night operator of Payments");
    expect(role).toHaveTextContent("operator (Payments)");
    expect(role).toHaveTextContent("8 h");
    expect(role).toHaveTextContent("Named users, 1 needed");
    expect(role).toHaveTextContent("Justification");
    const group = screen.getByTestId("item-Night Shift");
    expect(group).toHaveTextContent("2 d");
    expect(group).toHaveTextContent("The requester's manager, 2 needed");
    expect(group).toHaveTextContent("Ticket");
    expect(group).toHaveTextContent("Confidence ≥ 0.8, risk < 30");
  });

  it("says when the solution and group names could not be read", async () => {
    const api = fakeApi();
    answerGets(api, {
      [items]: [roleItem],
      "/runtime-access/requests": [],
      "/runtime-access/solutions": () => {
        throw new ApiError(500, "database unavailable");
      },
      "/runtime-access/groups": [],
    });
    renderWithConsole(<RequestsPage />, { api, path: "requests" });
    expect(await screen.findByText("database unavailable")).toBeInTheDocument();
  });

  it("creates a runtime-role item from the Active Policy's roles with named approvers", async () => {
    const api = render({}, []);
    api.post.mockResolvedValue({ ...roleItem, id: "i9" });
    await userEvent.click(await screen.findByRole("button", { name: "Create requestable item" }));
    const dialog = screen.getByRole("dialog");
    const create = within(dialog).getByRole("button", { name: "Create" });
    await userEvent.selectOptions(within(dialog).getByLabelText(/^Solution/), "Payments");
    // Only the Active Policy's roles are offered.
    expect(within(within(dialog).getByLabelText(/^Role/)).getAllByRole("option").map((o) => o.textContent)).toEqual(["—", "viewer", "operator"]);
    await userEvent.selectOptions(within(dialog).getByLabelText(/^Role/), "operator");
    await userEvent.clear(within(dialog).getByLabelText(/^Longest duration/));
    await userEvent.type(within(dialog).getByLabelText(/^Longest duration/), "PT4H");
    expect(create).toBeDisabled();
    await userEvent.type(within(dialog).getByRole("combobox", { name: "Add approver" }), "am");
    await userEvent.click(await within(dialog).findByRole("option", { name: /amy/ }));
    expect(within(dialog).getByText("amy")).toBeInTheDocument();
    // The approvers field is labelled with the approver type, as the type select offers it.
    expect(within(dialog).getByText("Named users", { selector: "label *" })).toBeInTheDocument();
    await userEvent.selectOptions(within(dialog).getByLabelText("Approvals needed"), "1");
    await userEvent.click(within(dialog).getByLabelText("Justification required"));
    await userEvent.click(within(dialog).getByLabelText("Auto-approval"));
    await userEvent.clear(within(dialog).getByLabelText(/^Risk below/));
    await userEvent.type(within(dialog).getByLabelText(/^Risk below/), "20");
    await userEvent.click(create);
    expect(api.post).toHaveBeenCalledWith(items, {
      kind: "runtime-role",
      solutionId: "s1",
      role: "operator",
      description: null,
      maxDuration: "PT4H",
      approvers: { type: "users", values: ["u-amy"] },
      approvalsNeeded: 1,
      justificationRequired: true,
      ticketRequired: false,
      manualStep: false,
      autoApproval: { minConfidence: 0.8, maxRisk: 20 },
    });
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
  });

  it("edits an item, naming its approvers, and shows the field the server refuses under it", async () => {
    const api = render();
    api.put.mockRejectedValueOnce(new ApiError(400, "maxDuration: must be at most P30D", "maxDuration"));
    await userEvent.click(await screen.findByRole("button", { name: "Edit item Night operator of Payments" }));
    const dialog = screen.getByRole("dialog");
    expect(await within(dialog).findByText("amy")).toBeInTheDocument();
    await userEvent.clear(within(dialog).getByLabelText(/^Longest duration/));
    await userEvent.type(within(dialog).getByLabelText(/^Longest duration/), "P31D");
    await userEvent.click(within(dialog).getByRole("button", { name: "Save" }));
    expect(api.put).toHaveBeenCalledWith(`${items}/i1`, expect.objectContaining({ maxDuration: "P31D", approvers: { type: "users", values: ["u-amy"] }, description: "Night operator of Payments" }));
    expect(await within(dialog).findByText("maxDuration: must be at most P30D")).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^Longest duration/)).toHaveAttribute("aria-invalid", "true");
  });

  it("keeps an item's manual fulfilment step when another field is edited, and can switch it off", async () => {
    const api = render({}, [{ ...roleItem, manualStep: true }, groupItem]);
    api.put.mockResolvedValue({ ...roleItem, manualStep: true });
    await userEvent.click(await screen.findByRole("button", { name: "Edit item Night operator of Payments" }));
    let dialog = screen.getByRole("dialog");
    expect(within(dialog).getByLabelText("Manual fulfilment step")).toBeChecked();
    await userEvent.clear(within(dialog).getByLabelText(/^Description/));
    await userEvent.type(within(dialog).getByLabelText(/^Description/), "Night operator");
    await userEvent.click(within(dialog).getByRole("button", { name: "Save" }));
    expect(api.put).toHaveBeenLastCalledWith(`${items}/i1`, expect.objectContaining({ description: "Night operator", manualStep: true }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    await userEvent.click(screen.getByRole("button", { name: "Edit item Night operator of Payments" }));
    dialog = screen.getByRole("dialog");
    await userEvent.click(within(dialog).getByLabelText("Manual fulfilment step"));
    await userEvent.click(within(dialog).getByRole("button", { name: "Save" }));
    expect(api.put).toHaveBeenLastCalledWith(`${items}/i1`, expect.objectContaining({ manualStep: false }));
  });

  it("deletes an item after confirming, and shows why one in use cannot go", async () => {
    const api = render();
    api.del.mockRejectedValueOnce(new ApiError(409, "id: the item has pending or active requests", "id"));
    await userEvent.click(await screen.findByRole("button", { name: "Delete item Night Shift" }));
    await userEvent.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Delete" }));
    expect(api.del).toHaveBeenCalledWith(`${items}/i2`);
    expect(await within(screen.getByRole("dialog")).findByText("id: the item has pending or active requests")).toBeInTheDocument();
  });

  it("lists every request of the realm, filtered by status on the server", async () => {
    const api = render();
    await userEvent.click(await screen.findByRole("tab", { name: "Requests" }));
    const pending = await screen.findByTestId("request-r1");
    expect(pending).toHaveTextContent("ray");
    expect(pending).toHaveTextContent("Pending");
    expect(pending).toHaveTextContent("Ticket OPS-7");
    expect(screen.getByTestId("request-r2")).toHaveTextContent("Approved by amy: ok for tonight");
    const fulfilment = screen.getByTestId("fulfilment-r2");
    expect(fulfilment).toHaveTextContent("Fulfilment ticket: OPS-12 In Progress");
    expect(within(fulfilment).getByRole("link", { name: "OPS-12 in Jira (opens a new tab)" })).toHaveAttribute("href", "https://jira.acme.test/browse/OPS-12");
    expect(screen.queryByTestId("fulfilment-r1")).not.toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText("Status"), "active");
    await waitFor(() => expect(screen.queryByTestId("request-r1")).not.toBeInTheDocument());
    expect(api.get).toHaveBeenLastCalledWith("/runtime-access/requests", { status: "active", first: 0, max: 21 });
  });

  it("shows a view-only admin the items without any change control", async () => {
    render(viewOnlyPermissions);
    await screen.findByTestId("item-Night operator of Payments");
    expect(screen.queryByRole("button", { name: "Create requestable item" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Edit item|Delete item/ })).not.toBeInTheDocument();
  });
});
