import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ApiError } from "../api/client";
import type { Permissions } from "../app/ConsoleContext";
import { fakeApi, renderWithConsole, viewOnlyPermissions, type FakeApi } from "../test/console";
import { FindingSettingsPage } from "./FindingSettingsPage";

const stored = { webhookUrl: "https://hooks.example.com/findings", webhookSecretSet: true, responses: { high: "revoke-sessions" } };

function render(permissions: Partial<Permissions> = {}, settings: object = stored): FakeApi {
  const api = fakeApi();
  api.get.mockResolvedValue(settings);
  api.put.mockImplementation(async () => ({ ...stored, webhookUrl: "https://new.example.com/hook" }));
  renderWithConsole(<FindingSettingsPage />, { api, path: "finding-settings", permissions });
  return api;
}

describe("FindingSettingsPage", () => {
  it("never fills in the secret, says one is set, and keeps it when left empty", async () => {
    const api = render();
    const secret = await screen.findByLabelText("Webhook secret");
    expect(secret).toHaveValue("");
    expect(secret).toHaveAttribute("type", "password");
    expect(screen.getByText("A secret is set. Type a new one to replace it.")).toBeInTheDocument();
    expect(screen.getByLabelText("Webhook URL")).toHaveValue("https://hooks.example.com/findings");
    expect(screen.getByLabelText("High findings")).toHaveValue("revoke-sessions");
    await userEvent.clear(screen.getByLabelText("Webhook URL"));
    await userEvent.type(screen.getByLabelText("Webhook URL"), "https://new.example.com/hook");
    await userEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(api.put).toHaveBeenCalledWith("/anomaly-findings/settings", { webhookUrl: "https://new.example.com/hook" });
    expect(await screen.findByText("Finding settings saved")).toBeInTheDocument();
  });

  it("sends a new secret, a removal as empty, and only the responses changed here", async () => {
    const api = render();
    await userEvent.type(await screen.findByLabelText("Webhook secret"), "s3cret");
    await userEvent.selectOptions(screen.getByLabelText("Critical findings"), "disable-user");
    await userEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(api.put).toHaveBeenLastCalledWith("/anomaly-findings/settings", {
      webhookSecret: "s3cret",
      // the other levels stay as stored: another admin's change of one of them is not undone by this form
      responses: { critical: "disable-user" },
    });
    expect(await screen.findByLabelText("Webhook secret")).toHaveValue("");
    await userEvent.click(screen.getByLabelText("Remove the secret"));
    await userEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(api.put).toHaveBeenLastCalledWith("/anomaly-findings/settings", { webhookSecret: "" });
  });

  it("sends the URL only when it changed, so a stored URL that fails the check now does not block other changes", async () => {
    const api = render();
    await userEvent.selectOptions(await screen.findByLabelText("Low findings"), "revoke-sessions");
    await userEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(api.put.mock.calls[0][1]).not.toHaveProperty("webhookUrl");
    expect(await screen.findByText("Finding settings saved")).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText("Low findings"), "none");
    expect(screen.queryByText("Finding settings saved")).not.toBeInTheDocument();
  });

  it("shows a refused URL next to the field", async () => {
    const api = render();
    api.put.mockRejectedValue(new ApiError(400, "webhookUrl: is refused: the host resolves to a private address", "webhookUrl"));
    await userEvent.type(await screen.findByLabelText("Webhook URL"), "/v2");
    await userEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findAllByText("webhookUrl: is refused: the host resolves to a private address")).toHaveLength(2);
    expect(screen.getByLabelText("Webhook URL")).toHaveAttribute("aria-invalid", "true");
  });

  it("hides saving from a view-only admin and shows the values read-only", async () => {
    render(viewOnlyPermissions);
    expect(await screen.findByLabelText("Webhook URL")).toHaveAttribute("readonly");
    expect(screen.queryByRole("button", { name: "Save" })).not.toBeInTheDocument();
    expect(screen.queryByLabelText("Webhook secret")).not.toBeInTheDocument();
    expect(screen.getByText("A secret is set. Type a new one to replace it.")).toBeInTheDocument();
    expect(screen.getByLabelText("High findings")).toBeDisabled();
  });

  it("lets a realm manager without manage-users save the webhook but not change responses", async () => {
    const api = render({ manageRealm: true, manageUsers: false });
    expect(await screen.findByLabelText("High findings")).toBeDisabled();
    expect(screen.getByText("Changing automatic responses also needs the manage-users role.")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(api.put.mock.calls[0][1]).not.toHaveProperty("responses");
  });

  it("lists stored values the server found invalid", async () => {
    render({}, { ...stored, problems: ["responses.low: 'bogus' is not a response"] });
    expect(await screen.findByText(/responses.low: 'bogus' is not a response/)).toBeInTheDocument();
  });
});
