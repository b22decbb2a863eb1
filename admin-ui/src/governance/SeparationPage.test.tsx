import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ApiError } from "../api/client";
import type { Permissions } from "../app/ConsoleContext";
import { answerGets, fakeApi, renderWithConsole, viewOnlyPermissions, type FakeApi } from "../test/console";
import { sodRule } from "./fixtures";
import { SeparationPage } from "./SeparationPage";

const rules = "/runtime-access/governance/sod/rules";

function render(permissions: Partial<Permissions> = {}, stored = [sodRule]): FakeApi {
  const api = fakeApi();
  answerGets(api, {
    [rules]: stored,
    "/runtime-access/governance/sod/violations": [{ ruleId: "r1", ruleName: "Pay and approve", userId: "u1", username: "erin", itemKeys: sodRule.itemKeys }],
    "/runtime-access/solutions": [{ id: "s1", name: "Payments", builds: [] }],
  });
  renderWithConsole(<SeparationPage />, { api, path: "separation-of-duties", permissions });
  return api;
}

describe("SeparationPage", () => {
  it("lists rules with their items, scope, mode and enabled state", async () => {
    render();
    const row = await screen.findByTestId("rule-Pay and approve");
    expect(row).toHaveTextContent("grant:s1:approver + grant:s1:creator");
    expect(row).toHaveTextContent("Whole realm");
    expect(within(row).getByText("Prevent").closest(".pf-v5-c-label")).toHaveClass("pf-m-red");
    expect(within(row).getByRole("checkbox", { name: "Rule Pay and approve enabled" })).toBeChecked();
  });

  it("says which keys of a rule name nothing any more", async () => {
    render({}, [{ ...sodRule, unresolvedKeys: ["realm-role:pay-approve"] }]);
    const row = await screen.findByTestId("rule-Pay and approve");
    expect(within(row).getByText(/Names nothing now, so not guarded: realm-role:pay-approve/)).toBeInTheDocument();
  });

  it("creates a rule within a solution from the modal", async () => {
    const api = render({}, []);
    api.post.mockResolvedValue({ ...sodRule, id: "r2" });
    await userEvent.click(await screen.findByRole("button", { name: "Create rule" }));
    const dialog = screen.getByRole("dialog");
    const create = within(dialog).getByRole("button", { name: "Create" });
    await userEvent.type(within(dialog).getByLabelText(/^Name/), "Create and pay");
    await userEvent.type(within(dialog).getByLabelText(/Access item keys/), "grant:s1:creator");
    expect(create).toBeDisabled();
    await userEvent.type(within(dialog).getByLabelText(/Access item keys/), "\ngrant:s1:payer\n");
    await userEvent.selectOptions(within(dialog).getByLabelText("Scope"), "solution");
    await userEvent.selectOptions(await within(dialog).findByLabelText(/^Solution/), "Payments");
    await userEvent.selectOptions(within(dialog).getByLabelText("Mode"), "warn");
    await userEvent.click(create);
    expect(api.post).toHaveBeenCalledWith(rules, {
      name: "Create and pay",
      description: "",
      scope: "solution",
      solutionId: "s1",
      itemKeys: ["grant:s1:creator", "grant:s1:payer"],
      mode: "warn",
      enabled: true,
    });
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
  });

  it("says in the rule dialog when the solutions could not be listed", async () => {
    const api = fakeApi();
    answerGets(api, {
      [rules]: [],
      "/runtime-access/governance/sod/violations": [],
      "/runtime-access/solutions": () => {
        throw new ApiError(500, "database unavailable");
      },
    });
    renderWithConsole(<SeparationPage />, { api, path: "separation-of-duties" });
    await userEvent.click(await screen.findByRole("button", { name: "Create rule" }));
    expect(await within(screen.getByRole("dialog")).findByText("database unavailable")).toBeInTheDocument();
  });

  it("shows the field the server refuses under it, and a duplicate name", async () => {
    const api = render();
    api.put.mockRejectedValueOnce(new ApiError(400, "itemKeys: unknown access item 'grant:zz:x'", "itemKeys"));
    api.put.mockRejectedValueOnce(new ApiError(400, "description: is 1100 characters long; at most 1024 are allowed", "description"));
    api.put.mockRejectedValueOnce(new ApiError(400, "mode: must be prevent or warn", "mode"));
    api.put.mockRejectedValueOnce(new ApiError(409, "a rule named Pay and approve exists"));
    await userEvent.click(await screen.findByRole("button", { name: "Edit rule Pay and approve" }));
    const dialog = screen.getByRole("dialog");
    expect(within(dialog).getByLabelText(/Access item keys/)).toHaveValue("grant:s1:approver\ngrant:s1:creator");
    await userEvent.click(within(dialog).getByRole("button", { name: "Save" }));
    expect(api.put).toHaveBeenCalledWith(`${rules}/r1`, expect.objectContaining({ name: "Pay and approve", itemKeys: sodRule.itemKeys }));
    expect(await within(dialog).findByText("itemKeys: unknown access item 'grant:zz:x'")).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/Access item keys/)).toHaveAttribute("aria-invalid", "true");
    await userEvent.click(within(dialog).getByRole("button", { name: "Save" }));
    expect(await within(dialog).findByText("description: is 1100 characters long; at most 1024 are allowed")).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/Description/)).toHaveAttribute("aria-invalid", "true");
    // a field without a place of its own in the form is named above the buttons
    await userEvent.click(within(dialog).getByRole("button", { name: "Save" }));
    expect(await within(dialog).findByText(/mode: must be prevent or warn/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole("button", { name: "Save" }));
    expect(await within(dialog).findByText("a rule named Pay and approve exists")).toBeInTheDocument();
  });

  it("turns a rule off and deletes one after confirming", async () => {
    const api = render();
    api.put.mockResolvedValue({ ...sodRule, enabled: false });
    api.del.mockResolvedValue(undefined);
    await userEvent.click(await screen.findByRole("checkbox", { name: "Rule Pay and approve enabled" }));
    expect(api.put).toHaveBeenCalledWith(`${rules}/r1`, { enabled: false });
    await userEvent.click(screen.getByRole("button", { name: "Delete rule Pay and approve" }));
    expect(screen.getByRole("dialog")).toHaveTextContent("Delete the rule Pay and approve?");
    await userEvent.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Delete" }));
    expect(api.del).toHaveBeenCalledWith(`${rules}/r1`);
  });

  it("lists the violations a scan finds", async () => {
    render();
    await userEvent.click(await screen.findByRole("tab", { name: "Violations" }));
    const row = await screen.findByTestId("violation-Pay and approve-erin");
    expect(within(row).getByRole("link", { name: "erin" })).toHaveAttribute("href", "/acme/users/u1");
  });

  it("shows a view-only admin the rules without any change control", async () => {
    render(viewOnlyPermissions);
    const row = await screen.findByTestId("rule-Pay and approve");
    expect(row).toHaveTextContent("Yes");
    expect(screen.queryByRole("checkbox")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Create rule" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Edit rule|Delete rule/ })).not.toBeInTheDocument();
  });
});
