import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ApiError } from "../api/client";
import type { Permissions } from "../app/ConsoleContext";
import { answerGets, fakeApi, renderWithConsole, viewOnlyPermissions, type FakeApi } from "../test/console";
import { RoleMiningPage } from "./RoleMiningPage";

function render(permissions: Partial<Permissions> = {}): FakeApi {
  const api = fakeApi();
  answerGets(api, {
    "/runtime-access/governance/role-mining": {
      solutions: ["s1"],
      templates: [{ id: "t1", solutionId: "s1", solutionName: "Payments", roles: ["creator", "viewer"], users: 14, userIds: [], grantsReplaced: 28 }],
      coverage: { directGrants: 40, covered: 28, ratio: 0.7 },
    },
  });
  renderWithConsole(<RoleMiningPage />, { api, path: "role-mining", permissions });
  return api;
}

describe("RoleMiningPage", () => {
  it("shows templates with roles, users and grants replaced, and the coverage", async () => {
    render();
    const row = await screen.findByTestId("template-t1");
    expect(row).toHaveTextContent("Payments");
    expect(row).toHaveTextContent("creator");
    expect(row).toHaveTextContent("viewer");
    expect(row).toHaveTextContent("14");
    expect(row).toHaveTextContent("28");
    expect(screen.getByText("28 of 40 direct grants covered (70 %)")).toBeInTheDocument();
  });

  it("creates a role from a template and names a refused role name", async () => {
    const api = render();
    api.post.mockRejectedValueOnce(new ApiError(409, "role Payments clerk exists", "roleName"));
    api.post.mockResolvedValueOnce({ role: { name: "Payments clerk" }, solutionId: "s1", buildId: "b3", replacedGrants: 0 });
    await userEvent.click(await screen.findByRole("button", { name: "Create role from the template creator + viewer" }));
    const dialog = screen.getByRole("dialog");
    await userEvent.type(within(dialog).getByLabelText(/Role name/), "Payments clerk");
    await userEvent.click(within(dialog).getByRole("button", { name: "Create" }));
    expect(api.post).toHaveBeenCalledWith("/runtime-access/governance/role-mining/t1/apply", { roleName: "Payments clerk" });
    expect(await within(dialog).findByText("role Payments clerk exists")).toBeInTheDocument();
    await userEvent.type(within(dialog).getByLabelText(/Description/), "creates and views");
    await userEvent.click(within(dialog).getByRole("button", { name: "Create" }));
    expect(api.post).toHaveBeenLastCalledWith("/runtime-access/governance/role-mining/t1/apply", { roleName: "Payments clerk", description: "creates and views" });
    expect(await screen.findByText("Role Payments clerk created in a new build of Payments; activate the build to use it.")).toBeInTheDocument();
  });

  it("offers a view-only admin no role creation", async () => {
    render(viewOnlyPermissions);
    await screen.findByTestId("template-t1");
    expect(screen.queryByRole("button", { name: /^Create role from the template/ })).not.toBeInTheDocument();
  });
});
