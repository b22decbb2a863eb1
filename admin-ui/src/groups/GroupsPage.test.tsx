import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ApiError } from "../api/client";
import { fakeApi, renderWithConsole, viewOnlyPermissions } from "../test/console";
import { GroupsPage } from "./GroupsPage";

const groups = [
  { id: "g1", name: "Claim Handlers", description: "EMEA claims", archived: false, memberCount: 3 },
  { id: "g2", name: "Old Team", archived: true, memberCount: 0 },
];

describe("GroupsPage", () => {
  it("lists groups with member counts and the archived label", async () => {
    const api = fakeApi();
    api.get.mockResolvedValue(groups);
    renderWithConsole(<GroupsPage />, { api, path: "groups" });
    const row = await screen.findByTestId("row-Claim Handlers");
    expect(row).toHaveTextContent("EMEA claims");
    expect(row).toHaveTextContent("3");
    expect(row).not.toHaveTextContent("Archived");
    expect(screen.getByTestId("row-Old Team")).toHaveTextContent("Archived");
    expect(api.get).toHaveBeenCalledWith("/runtime-access/groups", { search: "", first: 0, max: 21, archived: undefined });
  });

  it("sends the archived filter and the search to the server", async () => {
    const api = fakeApi();
    api.get.mockResolvedValue(groups);
    renderWithConsole(<GroupsPage />, { api, path: "groups" });
    await screen.findByTestId("row-Claim Handlers");
    await userEvent.selectOptions(screen.getByLabelText("Archived"), "Archived only");
    await waitFor(() => expect(api.get).toHaveBeenLastCalledWith("/runtime-access/groups", expect.objectContaining({ archived: true, first: 0 })));
    await userEvent.selectOptions(screen.getByLabelText("Archived"), "Active only");
    await waitFor(() => expect(api.get).toHaveBeenLastCalledWith("/runtime-access/groups", expect.objectContaining({ archived: false })));
    await userEvent.type(screen.getByRole("textbox", { name: "Search groups" }), "claim{Enter}");
    await waitFor(() =>
      expect(api.get).toHaveBeenLastCalledWith("/runtime-access/groups", { search: "claim", first: 0, max: 21, archived: false }),
    );
  });

  it("shows the empty state with the create action", async () => {
    const api = fakeApi();
    api.get.mockResolvedValue([]);
    renderWithConsole(<GroupsPage />, { api, path: "groups" });
    expect(await screen.findByText("No end-user groups yet")).toBeInTheDocument();
    expect(screen.getAllByRole("button", { name: "Create group" })).toHaveLength(2);
  });

  it("shows a refused name inline in the create modal", async () => {
    const api = fakeApi();
    api.get.mockResolvedValue(groups);
    api.post.mockRejectedValue(new ApiError(400, "name: may only hold letters, digits, space, _, . and -", "name"));
    renderWithConsole(<GroupsPage />, { api, path: "groups" });
    await userEvent.click(await screen.findByRole("button", { name: "Create group" }));
    await userEvent.type(screen.getByLabelText(/^Name/), "bad/name");
    await userEvent.click(screen.getByRole("button", { name: "Create" }));
    expect(api.post).toHaveBeenCalledWith("/runtime-access/groups", { name: "bad/name" });
    expect(await screen.findAllByText("name: may only hold letters, digits, space, _, . and -")).toHaveLength(2);
    expect(screen.getByLabelText(/^Name/)).toHaveAttribute("aria-invalid", "true");
  });

  it("hides the create action for view-only admins", async () => {
    const api = fakeApi();
    api.get.mockResolvedValue([]);
    renderWithConsole(<GroupsPage />, { api, path: "groups", permissions: viewOnlyPermissions });
    expect(await screen.findByText("No end-user groups yet")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Create group" })).not.toBeInTheDocument();
  });
});
