import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { fakeApi, renderWithConsole } from "../test/console";
import { UsersPage } from "./UsersPage";

describe("UsersPage", () => {
  it("asks for a search before listing anyone, then searches on the server", async () => {
    const api = fakeApi();
    api.get.mockResolvedValue([{ id: "u1", username: "erin", email: "erin@example.com", firstName: "Erin", lastName: "Ng", enabled: false }]);
    renderWithConsole(<UsersPage />, { api, path: "users" });
    expect(screen.getByText("Search for a user")).toBeInTheDocument();
    expect(api.get).not.toHaveBeenCalled();
    await userEvent.type(screen.getByRole("textbox", { name: "Search users" }), "erin{Enter}");
    const row = await screen.findByTestId("row-erin");
    expect(api.get).toHaveBeenCalledWith("/users", { search: "erin", first: 0, max: 21, briefRepresentation: true });
    expect(screen.getByRole("link", { name: "erin" })).toHaveAttribute("href", "/acme/users/u1");
    expect(row).toHaveTextContent("Erin Ng");
    expect(row).toHaveTextContent("Disabled");
  });

  it("says when nobody matches", async () => {
    const api = fakeApi();
    api.get.mockResolvedValue([]);
    renderWithConsole(<UsersPage />, { api, path: "users" });
    await userEvent.type(screen.getByRole("textbox", { name: "Search users" }), "nobody{Enter}");
    await waitFor(() => expect(screen.getByText("No users match the search")).toBeInTheDocument());
  });
});
