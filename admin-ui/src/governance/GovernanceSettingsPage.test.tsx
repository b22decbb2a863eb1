import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ApiError } from "../api/client";
import type { Permissions } from "../app/ConsoleContext";
import { fakeApi, renderWithConsole, viewOnlyPermissions, type FakeApi } from "../test/console";
import { settings } from "./fixtures";
import { GovernanceSettingsPage } from "./GovernanceSettingsPage";

const path = "/runtime-access/governance/settings";

function render(permissions: Partial<Permissions> = {}): FakeApi {
  const api = fakeApi();
  api.get.mockResolvedValue(settings);
  api.put.mockImplementation(async (_p: string, body: object) => ({ ...settings, ...body }));
  renderWithConsole(<GovernanceSettingsPage />, { api, path: "governance-settings", permissions });
  return api;
}

describe("GovernanceSettingsPage", () => {
  it("shows the stored settings and saves the fields changed", async () => {
    const api = render();
    expect(await screen.findByLabelText("Mode")).toHaveValue("approve");
    expect(screen.getByLabelText("Unused access")).toBeChecked();
    expect(screen.getByLabelText("Peer attributes")).toHaveValue("department, title");
    await userEvent.selectOptions(screen.getByLabelText("Mode"), "auto-low-risk");
    await userEvent.click(screen.getByLabelText("Dormant account"));
    await userEvent.clear(screen.getByLabelText("Dormant after (days)"));
    await userEvent.type(screen.getByLabelText("Dormant after (days)"), "60");
    await userEvent.type(screen.getByLabelText("Privileged access"), "\nrealm-role:auditor");
    await userEvent.click(screen.getByRole("button", { name: "Save" }));
    // only what changed: the others stay as stored, so another admin's change of them is not undone
    expect(api.put).toHaveBeenCalledWith(path, {
      mode: "auto-low-risk",
      autoApply: ["unused-access", "dormant-account"],
      dormantDays: 60,
      privilegedItems: ["grant:s1:admin", "realm-role:auditor"],
    });
    expect(await screen.findByText("Governance settings saved")).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText("Mode"), "report");
    expect(screen.queryByText("Governance settings saved")).not.toBeInTheDocument();
  });

  it("shows the field the server refuses under it", async () => {
    const api = render();
    api.put.mockRejectedValue(new ApiError(400, "minConfidence: must be between 0 and 1", "minConfidence"));
    await userEvent.clear(await screen.findByLabelText("Minimum confidence"));
    await userEvent.type(screen.getByLabelText("Minimum confidence"), "7");
    await userEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(api.put.mock.calls[0][1]).toMatchObject({ minConfidence: 7 });
    expect(await screen.findAllByText("minConfidence: must be between 0 and 1")).toHaveLength(2);
    expect(screen.getByLabelText("Minimum confidence")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText("Minimum confidence")).toHaveAccessibleDescription("minConfidence: must be between 0 and 1");
    expect(screen.queryByText("Between 0 and 1; less confident proposals are not made.")).not.toBeInTheDocument();
  });

  it("shows a view-only admin the settings read-only", async () => {
    render(viewOnlyPermissions);
    expect(await screen.findByLabelText("Mode")).toBeDisabled();
    expect(screen.getByLabelText("Dormant after (days)")).toHaveAttribute("readonly");
    expect(screen.getByLabelText("Unused access")).toBeDisabled();
    expect(screen.queryByRole("button", { name: "Save" })).not.toBeInTheDocument();
  });
});
