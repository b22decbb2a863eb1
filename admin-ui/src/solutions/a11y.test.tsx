import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { RolesPage } from "../roles/RolesPage";
import { answerGets, fakeApi, renderWithConsole } from "../test/console";
import { TransferPage } from "../transfer/TransferPage";
import { SolutionPage } from "./SolutionPage";
import { SolutionsPage } from "./SolutionsPage";

/** Serious and critical axe violations of the whole document (colour contrast needs a real layout engine). */
async function violations(): Promise<string[]> {
  const results = await axe.run(document.body, { rules: { "color-contrast": { enabled: false } } });
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" | ")}`);
}

const solution = {
  id: "s1",
  name: "Loans",
  activeBuildId: "b1",
  builds: [
    { id: "b1", name: "1", roles: ["user"], resources: [{ name: "approval", kind: "swimlane", permissions: { view: ["user"] } }] },
    { id: "b2", name: "2", roles: ["user", "approver"], resources: [] },
  ],
};

function api() {
  const fake = fakeApi();
  answerGets(fake, {
    "/runtime-access/solutions": [solution],
    "/runtime-access/solutions/s1": solution,
    "/runtime-access/solutions/s1/share": {
      solutionId: "s1",
      activeBuildId: "b1",
      activeBuildName: "1",
      offeredRoles: ["user"],
      grants: [{ id: "g1", solutionId: "s1", principal: { type: "user", id: "u1", name: "erin" }, role: "user" }],
    },
    "/runtime-access/roles": [{ id: "r1", name: "user", description: "Everyone" }],
    "/users": [{ id: "u9", username: "frank" }],
    "/runtime-access/groups": [{ id: "gr9", name: "Frankfurt office" }],
  });
  return fake;
}

describe("accessibility (axe, serious and critical)", () => {
  // axe probes a canvas for icon ligatures; jsdom has none, and the answer does not matter here.
  beforeAll(() => {
    HTMLCanvasElement.prototype.getContext = (() => null) as unknown as typeof HTMLCanvasElement.prototype.getContext;
  });

  it("solutions list and create modal", async () => {
    renderWithConsole(<SolutionsPage />, { api: api() });
    await screen.findByTestId("row-Loans");
    expect(await violations()).toEqual([]);
    await userEvent.click(screen.getByRole("button", { name: "Create solution" }));
    expect(await violations()).toEqual([]);
  });

  it("solution builds tab and create build modal", async () => {
    renderWithConsole(<SolutionPage />, { api: api(), path: "solutions/s1", route: "solutions/:id" });
    await screen.findByTestId("row-2");
    expect(await violations()).toEqual([]);
    await userEvent.click(screen.getByRole("button", { name: "Create build" }));
    const dialog = screen.getByRole("dialog");
    await userEvent.selectOptions(within(dialog).getByRole("combobox", { name: "Start from build" }), "1");
    await within(dialog).findAllByRole("checkbox", { name: "user" });
    expect(await violations()).toEqual([]);
  });

  it("share tab and share modal with results open", async () => {
    renderWithConsole(<SolutionPage />, { api: api(), path: "solutions/s1", route: "solutions/:id" });
    await userEvent.click(await screen.findByRole("tab", { name: "Share" }));
    await screen.findByTestId("row-erin-user");
    expect(await violations()).toEqual([]);
    await userEvent.click(screen.getByRole("button", { name: "Share" }));
    await userEvent.type(screen.getByRole("combobox", { name: "User or group" }), "fr");
    await screen.findByText("Frankfurt office");
    expect(await violations()).toEqual([]);
  });

  it("check tab, roles and transfer pages", async () => {
    const { unmount } = renderWithConsole(<SolutionPage />, { api: api(), path: "solutions/s1", route: "solutions/:id" });
    await userEvent.click(await screen.findByRole("tab", { name: "Check" }));
    await screen.findByRole("textbox", { name: "User" });
    expect(await violations()).toEqual([]);
    unmount();
    const roles = renderWithConsole(<RolesPage />, { api: api() });
    await screen.findByTestId("row-user");
    expect(await violations()).toEqual([]);
    roles.unmount();
    renderWithConsole(<TransferPage />, { api: api() });
    expect(await violations()).toEqual([]);
  });
});
