import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ApiError } from "../api/client";
import { answerGets, fakeApi, renderWithConsole } from "../test/console";
import { SolutionsPage } from "./SolutionsPage";

const loans = {
  id: "s1",
  name: "Loans",
  activeBuildId: "b2",
  builds: [
    { id: "b1", name: "1", roles: ["user"], resources: [] },
    { id: "b2", name: "2", roles: ["user", "approver"], resources: [] },
  ],
};

describe("SolutionsPage", () => {
  it("lists solutions with their Active Policy and build count, asking the server for one row more than a page", async () => {
    const api = fakeApi();
    answerGets(api, { "/runtime-access/solutions": [loans] });
    renderWithConsole(<SolutionsPage />, { api, path: "solutions" });
    const row = await screen.findByTestId("row-Loans");
    expect(within(row).getByRole("link", { name: "Loans" })).toHaveAttribute("href", "/acme/solutions/s1");
    expect(within(row).getAllByRole("cell").map((c) => c.textContent)).toEqual(["Loans", "2", "2"]);
    expect(api.get).toHaveBeenCalledWith("/runtime-access/solutions", { search: "", first: 0, max: 21 });
  });

  it("searches on the server", async () => {
    const api = fakeApi();
    answerGets(api, { "/runtime-access/solutions": [loans] });
    renderWithConsole(<SolutionsPage />, { api });
    await userEvent.type(await screen.findByRole("textbox", { name: "Search solutions" }), "loa{Enter}");
    await waitFor(() => expect(api.get).toHaveBeenLastCalledWith("/runtime-access/solutions", { search: "loa", first: 0, max: 21 }));
  });

  it("shows the empty state with the create action", async () => {
    const api = fakeApi();
    answerGets(api, { "/runtime-access/solutions": [] });
    renderWithConsole(<SolutionsPage />, { api });
    expect(await screen.findByText("No solutions yet")).toBeInTheDocument();
    expect(screen.getAllByRole("button", { name: "Create solution" })).toHaveLength(2);
  });

  it("shows a refused name under the field and stays open", async () => {
    const api = fakeApi();
    answerGets(api, { "/runtime-access/solutions": [] });
    api.post.mockRejectedValue(new ApiError(400, "name: 1-100 characters", "name"));
    renderWithConsole(<SolutionsPage />, { api });
    await userEvent.click((await screen.findAllByRole("button", { name: "Create solution" }))[0]);
    const dialog = screen.getByRole("dialog");
    await userEvent.type(within(dialog).getByRole("textbox", { name: "Name" }), "Bad/Name");
    await userEvent.click(within(dialog).getByRole("button", { name: "Create" }));
    expect(await within(dialog).findByText("name: 1-100 characters")).toBeInTheDocument();
    expect(within(dialog).getByRole("textbox", { name: "Name" })).toHaveAttribute("aria-invalid", "true");
    expect(within(dialog).getByRole("textbox", { name: "Name" })).toHaveAccessibleDescription("name: 1-100 characters");
    expect(api.post).toHaveBeenCalledWith("/runtime-access/solutions", { name: "Bad/Name" });
  });

  it("opens the new solution after creating it", async () => {
    const api = fakeApi();
    answerGets(api, { "/runtime-access/solutions": [] });
    api.post.mockResolvedValue({ ...loans, id: "new1" });
    renderWithConsole(<SolutionsPage />, { api, path: "solutions" });
    await userEvent.click((await screen.findAllByRole("button", { name: "Create solution" }))[0]);
    await userEvent.type(screen.getByRole("textbox", { name: "Name" }), "Claims{Enter}");
    expect(await screen.findByTestId("elsewhere")).toBeInTheDocument();
  });

  it("hides the create action from view-only admins", async () => {
    const api = fakeApi();
    answerGets(api, { "/runtime-access/solutions": [] });
    renderWithConsole(<SolutionsPage />, { api, permissions: { manageUsers: false } });
    expect(await screen.findByText("No solutions yet")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Create solution" })).not.toBeInTheDocument();
  });
});
