import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ApiError } from "../api/client";
import { answerGets, cancelAndExpectReadAgain, fakeApi, renderWithConsole } from "../test/console";
import { RolesPage } from "./RolesPage";

const roles = [
  { id: "r1", name: "approver", description: "Approves loans" },
  { id: "r2", name: "user" },
];

describe("RolesPage", () => {
  it("lists the catalog and pages on the server", async () => {
    const api = fakeApi();
    answerGets(api, { "/runtime-access/roles": roles });
    renderWithConsole(<RolesPage />, { api });
    expect(within(await screen.findByTestId("row-approver")).getByText("Approves loans")).toBeInTheDocument();
    expect(api.get).toHaveBeenCalledWith("/runtime-access/roles", { search: "", first: 0, max: 21 });
    await userEvent.type(screen.getByRole("textbox", { name: "Search roles" }), "app{Enter}");
    await waitFor(() => expect(api.get).toHaveBeenLastCalledWith("/runtime-access/roles", { search: "app", first: 0, max: 21 }));
  });

  it("shows the empty state with the create action", async () => {
    const api = fakeApi();
    answerGets(api, { "/runtime-access/roles": [] });
    renderWithConsole(<RolesPage />, { api });
    expect(await screen.findByText("No runtime roles yet")).toBeInTheDocument();
    expect(screen.getAllByRole("button", { name: "Create role" })).toHaveLength(2);
  });

  it("creates a role and shows a refused name under the field", async () => {
    const api = fakeApi();
    answerGets(api, { "/runtime-access/roles": roles });
    api.post.mockRejectedValueOnce(new ApiError(409, "name: 'user' exists", "name")).mockResolvedValueOnce({});
    renderWithConsole(<RolesPage />, { api });
    await userEvent.click(await screen.findByRole("button", { name: "Create role" }));
    const dialog = screen.getByRole("dialog");
    await userEvent.type(within(dialog).getByRole("textbox", { name: "Name" }), "user");
    await userEvent.type(within(dialog).getByRole("textbox", { name: "Description" }), "Everyone");
    await userEvent.click(within(dialog).getByRole("button", { name: "Create" }));
    expect(await within(dialog).findByText("name: 'user' exists")).toBeInTheDocument();
    expect(api.post).toHaveBeenCalledWith("/runtime-access/roles", { name: "user", description: "Everyone" });
    await userEvent.clear(within(dialog).getByRole("textbox", { name: "Name" }));
    await userEvent.type(within(dialog).getByRole("textbox", { name: "Name" }), "member");
    await userEvent.click(within(dialog).getByRole("button", { name: "Create" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(api.post).toHaveBeenLastCalledWith("/runtime-access/roles", { name: "member", description: "Everyone" });
  });

  it("shows how many builds and grants use a role before deleting it", async () => {
    const api = fakeApi();
    answerGets(api, {
      "/runtime-access/roles": roles,
      "/runtime-access/roles/approver/usage": { role: "approver", builds: 3, grants: 7 },
    });
    api.del.mockResolvedValue({ role: "approver", removedFromBuilds: 3, removedGrants: 7 });
    renderWithConsole(<RolesPage />, { api });
    await userEvent.click(await screen.findByRole("button", { name: "Delete role approver" }));
    const dialog = screen.getByRole("dialog", { name: "Delete role approver?" });
    expect(await within(dialog).findByTestId("role-usage")).toHaveTextContent(
      "Used by 3 builds and 7 grants. Deleting removes it from all of them.",
    );
    expect(api.del).not.toHaveBeenCalled();
    await userEvent.click(within(dialog).getByRole("button", { name: "Delete" }));
    await waitFor(() => expect(api.del).toHaveBeenCalledWith("/runtime-access/roles/approver"));
  });

  it("reads the catalog again when a deletion is refused because the role is gone already", async () => {
    const api = fakeApi();
    answerGets(api, {
      "/runtime-access/roles": roles,
      "/runtime-access/roles/approver/usage": { role: "approver", builds: 0, grants: 0 },
    });
    api.del.mockRejectedValue(new ApiError(404, "no runtime role approver", "name"));
    renderWithConsole(<RolesPage />, { api });
    await userEvent.click(await screen.findByRole("button", { name: "Delete role approver" }));
    const dialog = screen.getByRole("dialog", { name: "Delete role approver?" });
    await within(dialog).findByTestId("role-usage");
    await userEvent.click(within(dialog).getByRole("button", { name: "Delete" }));
    expect(await within(dialog).findByText(/no runtime role approver/)).toBeInTheDocument();
    await cancelAndExpectReadAgain(dialog, api, "/runtime-access/roles");
  });

  it("offers to delete only once the count is shown, and again after a failed count", async () => {
    const api = fakeApi();
    answerGets(api, { "/runtime-access/roles": roles });
    let answer: (value: unknown) => void = () => undefined;
    api.get.mockImplementation((path: string) =>
      path.endsWith("/usage") ? new Promise((resolve, reject) => (answer = (v) => (v instanceof Error ? reject(v) : resolve(v)))) : Promise.resolve(roles),
    );
    renderWithConsole(<RolesPage />, { api });
    await userEvent.click(await screen.findByRole("button", { name: "Delete role approver" }));
    const dialog = screen.getByRole("dialog", { name: "Delete role approver?" });
    expect(within(dialog).getByRole("button", { name: "Delete" })).toBeDisabled();
    answer(new Error("timeout"));
    await userEvent.click(await within(dialog).findByRole("button", { name: "Try again" }));
    expect(within(dialog).getByRole("button", { name: "Delete" })).toBeDisabled();
    answer({ role: "approver", builds: 1, grants: 2 });
    expect(await within(dialog).findByTestId("role-usage")).toBeInTheDocument();
    expect(within(dialog).getByRole("button", { name: "Delete" })).toBeEnabled();
  });

  it("hides create and delete from view-only admins", async () => {
    const api = fakeApi();
    answerGets(api, { "/runtime-access/roles": roles });
    renderWithConsole(<RolesPage />, { api, permissions: { manageUsers: false } });
    await screen.findByTestId("row-approver");
    expect(screen.queryByRole("button", { name: "Create role" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Delete/ })).not.toBeInTheDocument();
  });
});
