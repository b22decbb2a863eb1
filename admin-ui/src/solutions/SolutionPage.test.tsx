import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ApiError } from "../api/client";
import { answerGets, fakeApi, renderWithConsole } from "../test/console";
import { SolutionPage } from "./SolutionPage";
import { loans, openTab, setUp, share } from "./solutionPageTestSetup";
import type { Solution } from "./types";

describe("SolutionPage builds", () => {
  it("lists builds with roles, resource count and the Active label, with a breadcrumb back", async () => {
    setUp();
    const active = await screen.findByTestId("row-1");
    expect(within(active).getByText("Active")).toBeInTheDocument();
    expect(within(active).queryByRole("button", { name: "Set as Active Policy" })).not.toBeInTheDocument();
    const other = screen.getByTestId("row-2");
    expect(within(other).getByText("approver")).toBeInTheDocument();
    expect(within(other).getAllByRole("cell")[2]).toHaveTextContent("1");
    expect(screen.getByRole("link", { name: "Solutions" })).toHaveAttribute("href", "/acme/solutions");
  });

  it("asks before switching the Active Policy, naming appearing and disappearing roles and the grants that stop counting", async () => {
    const api = setUp();
    api.put.mockResolvedValue(loans);
    await userEvent.click(within(await screen.findByTestId("row-2")).getByRole("button", { name: "Set as Active Policy" }));
    const dialog = screen.getByRole("dialog");
    expect(within(dialog).getByTestId("roles-appear")).toHaveTextContent("approver");
    expect(within(dialog).getByTestId("roles-appear")).not.toHaveTextContent("user");
    expect(within(dialog).getByTestId("roles-disappear")).toHaveTextContent("auditor");
    expect(await within(dialog).findByText("Grants of disappearing roles stop counting at once: 2 grants.")).toBeInTheDocument();
    expect(api.get).toHaveBeenCalledWith("/runtime-access/solutions/s1/share", { first: 0, max: 500 });
    expect(api.put).not.toHaveBeenCalled();
    await userEvent.click(within(dialog).getByRole("button", { name: "Set as Active Policy" }));
    await waitFor(() => expect(api.put).toHaveBeenCalledWith("/runtime-access/solutions/s1/active-build", { buildId: "b2" }));
  });

  it("creates a build from an existing one with a new UI flow, dropping a resource", async () => {
    const api = setUp();
    api.post.mockResolvedValue({});
    await userEvent.click(await screen.findByRole("button", { name: "Create build" }));
    const dialog = screen.getByRole("dialog");
    await userEvent.selectOptions(within(dialog).getByRole("combobox", { name: "Start from build" }), "2");
    const roles = await within(dialog).findByRole("group", { name: "Roles" });
    expect(within(roles).getByRole("checkbox", { name: "approver" })).toBeChecked();
    expect(within(roles).getByRole("checkbox", { name: "auditor" })).not.toBeChecked();
    await userEvent.click(within(roles).getByRole("checkbox", { name: "auditor" }));
    await userEvent.type(within(dialog).getByRole("textbox", { name: "Build name" }), "3");
    await userEvent.click(within(dialog).getByRole("button", { name: "Add UI flow" }));
    await userEvent.type(within(dialog).getByRole("textbox", { name: "Resource name 2" }), "review");
    await userEvent.click(within(within(dialog).getByRole("group", { name: "review interact" })).getByRole("checkbox", { name: "auditor" }));
    await userEvent.click(within(dialog).getByRole("button", { name: "Remove resource approval" }));
    await userEvent.click(within(dialog).getByRole("button", { name: "Create" }));
    await waitFor(() =>
      expect(api.post).toHaveBeenCalledWith("/runtime-access/solutions/s1/builds", {
        name: "3",
        roles: ["user", "approver", "auditor"],
        resources: [{ name: "review", kind: "ui-flow", permissions: { interact: ["auditor"] } }],
      }),
    );
  });

  it("offers every role of a catalog larger than one page", async () => {
    const api = fakeApi();
    const catalog = Array.from({ length: 501 }, (_, i) => ({ id: `r${i}`, name: `role-${String(i).padStart(3, "0")}` }));
    answerGets(api, {
      "/runtime-access/solutions/s1": loans,
      "/runtime-access/solutions/s1/share": share,
      "/runtime-access/roles": (query?: Record<string, unknown>) =>
        catalog.slice(Number(query?.first ?? 0), Number(query?.first ?? 0) + Number(query?.max ?? 20)),
      "/runtime-access/solutions/s1/owners": [],
    });
    renderWithConsole(<SolutionPage />, { api, path: "solutions/s1", route: "solutions/:id" });
    await userEvent.click(await screen.findByRole("button", { name: "Create build" }));
    // role queries over 501 checkboxes are slow in the test DOM: the 501st role's label is enough
    expect(await screen.findByText("role-500")).toBeInTheDocument();
  });

  it("starts from a build with a resource type of its own, keeping its action names editable", async () => {
    const api = fakeApi();
    const records: Solution = { ...loans, builds: [...loans.builds, { id: "b3", name: "records", roles: ["user"], resources: [{ name: "loan", kind: "record", permissions: { read: ["user"], delete: [] } }] }] };
    answerGets(api, { "/runtime-access/solutions/s1": records, "/runtime-access/solutions/s1/share": share, "/runtime-access/roles": [{ id: "r1", name: "user" }], "/runtime-access/solutions/s1/owners": [] });
    renderWithConsole(<SolutionPage />, { api, path: "solutions/s1", route: "solutions/:id" });
    api.post.mockResolvedValue({});
    await userEvent.click(await screen.findByRole("button", { name: "Create build" }));
    const dialog = screen.getByRole("dialog");
    await userEvent.selectOptions(within(dialog).getByRole("combobox", { name: "Start from build" }), "records");
    expect(within(dialog).getByText("record")).toBeInTheDocument();
    expect(within(within(dialog).getByRole("group", { name: "loan read" })).getByRole("checkbox", { name: "user" })).toBeChecked();
    await userEvent.click(within(within(dialog).getByRole("group", { name: "loan delete" })).getByRole("checkbox", { name: "user" }));
    await userEvent.type(within(dialog).getByRole("textbox", { name: "Build name" }), "4");
    await userEvent.click(within(dialog).getByRole("button", { name: "Create" }));
    await waitFor(() =>
      expect(api.post).toHaveBeenCalledWith("/runtime-access/solutions/s1/builds", {
        name: "4",
        roles: ["user"],
        resources: [{ name: "loan", kind: "record", permissions: { read: ["user"], delete: ["user"] } }],
      }),
    );
  });

  it("shows a refused build under the field it names, and a refusal of another field above the buttons", async () => {
    const api = setUp();
    api.post
      .mockRejectedValueOnce(new ApiError(409, "name: build '2' exists", "name"))
      .mockRejectedValueOnce(new ApiError(400, "resources[0].name: is required", "resources[0].name"));
    await userEvent.click(await screen.findByRole("button", { name: "Create build" }));
    const dialog = screen.getByRole("dialog");
    await userEvent.type(within(dialog).getByRole("textbox", { name: "Build name" }), "2");
    await userEvent.click(within(dialog).getByRole("button", { name: "Create" }));
    expect(await within(dialog).findByText("name: build '2' exists")).toBeInTheDocument();
    expect(within(dialog).getByRole("textbox", { name: "Build name" })).toHaveAttribute("aria-invalid", "true");
    expect(within(dialog).getByRole("textbox", { name: "Build name" })).toHaveAccessibleDescription("name: build '2' exists");
    await userEvent.click(within(dialog).getByRole("button", { name: "Create" }));
    expect(await within(dialog).findByText("resources[0].name: is required")).toBeInTheDocument();
    expect(within(dialog).getByRole("textbox", { name: "Build name" })).not.toHaveAttribute("aria-invalid", "true");
  });
});

describe("SolutionPage check", () => {
  it("posts the evaluation and shows the decision, its code and the user's roles", async () => {
    const api = setUp();
    api.post.mockResolvedValue({ decision: false, context: { code: "DENY_NO_ROLE", reason: "no role holds it" }, roles: ["user"] });
    await openTab("Check");
    await userEvent.type(await screen.findByRole("textbox", { name: "User" }), "erin");
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Resource type" }), "swimlane");
    await userEvent.type(screen.getByRole("textbox", { name: "Resource" }), "approval");
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Action" }), "execute");
    await userEvent.click(screen.getByRole("button", { name: "Check" }));
    const decision = await screen.findByTestId("check-decision");
    expect(decision).toHaveTextContent("Denied");
    expect(decision).toHaveTextContent("DENY_NO_ROLE");
    expect(decision).toHaveTextContent("no role holds it");
    expect(api.post).toHaveBeenCalledWith("/runtime-access/check", {
      subject: { type: "user", id: "erin" },
      action: { name: "execute" },
      resource: { type: "swimlane", id: "approval", properties: { solution: "s1" } },
    });
    // the answer was about erin: asking about someone else puts it away until the next check
    await userEvent.type(screen.getByRole("textbox", { name: "User" }), "-x");
    expect(screen.queryByTestId("check-decision")).not.toBeInTheDocument();
  });

  it("drops an answer that comes after its inputs changed", async () => {
    const api = setUp();
    let answer: (value: unknown) => void = () => undefined;
    api.post.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    await openTab("Check");
    await userEvent.type(await screen.findByRole("textbox", { name: "User" }), "erin");
    await userEvent.click(screen.getByRole("button", { name: "Check" }));
    await userEvent.type(screen.getByRole("textbox", { name: "User" }), "-x");
    answer({ decision: true, context: { code: "ALLOW_ROLE", reason: "an effective runtime role holds the permission" }, roles: ["user"] });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByTestId("check-decision")).not.toBeInTheDocument();
  });

  it("drops a refusal that comes after its inputs changed", async () => {
    const api = setUp();
    let refuse: (reason: unknown) => void = () => undefined;
    api.post.mockReturnValue(new Promise((_resolve, reject) => (refuse = reject)));
    await openTab("Check");
    await userEvent.type(await screen.findByRole("textbox", { name: "User" }), "erin");
    await userEvent.click(screen.getByRole("button", { name: "Check" }));
    await userEvent.type(screen.getByRole("textbox", { name: "User" }), "-x");
    refuse(new ApiError(404, "subject.id: no user 'erin'", "subject.id"));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByText("subject.id: no user 'erin'")).not.toBeInTheDocument();
  });
});

describe("SolutionPage view-only", () => {
  it("shows no create, set-active, share or remove controls without manage-users", async () => {
    setUp({ manageUsers: false });
    await screen.findByTestId("row-2");
    expect(screen.queryByRole("button", { name: "Create build" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Set as Active Policy" })).not.toBeInTheDocument();
    await openTab("Share");
    await screen.findByTestId("row-erin-auditor");
    expect(screen.queryByRole("button", { name: "Share" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Remove/ })).not.toBeInTheDocument();
  });
});

describe("SolutionPage owners", () => {
  it("says there are no owners yet, then adds one by username and shows the list again", async () => {
    const api = setUp();
    api.post.mockResolvedValue({ userId: "u9", username: "frank" });
    await openTab("Owners");
    expect(await screen.findByText("No owners yet")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Add owner" }));
    await userEvent.type(screen.getByLabelText(/Username or email/), "frank@example.com");
    const ownerLoads = () => api.get.mock.calls.filter(([path]) => path === "/runtime-access/solutions/s1/owners").length;
    const before = ownerLoads();
    await userEvent.click(screen.getByRole("button", { name: "Add" }));
    expect(api.post).toHaveBeenCalledWith("/runtime-access/solutions/s1/owners", { username: "frank@example.com" });
    await waitFor(() => expect(ownerLoads()).toBe(before + 1));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });
});
