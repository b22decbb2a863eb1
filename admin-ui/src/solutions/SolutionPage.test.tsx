import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ApiError } from "../api/client";
import { answerGets, fakeApi, renderWithConsole, sodRefusal } from "../test/console";
import { SolutionPage } from "./SolutionPage";
import type { Share, Solution } from "./types";

const loans: Solution = {
  id: "s1",
  name: "Loans",
  activeBuildId: "b1",
  builds: [
    { id: "b1", name: "1", roles: ["user", "auditor"], resources: [] },
    {
      id: "b2",
      name: "2",
      roles: ["user", "approver"],
      resources: [{ name: "approval", kind: "swimlane", permissions: { view: ["user"], execute: ["approver"], "self-assign": [] } }],
    },
  ],
};

const share: Share = {
  solutionId: "s1",
  activeBuildId: "b1",
  activeBuildName: "1",
  offeredRoles: ["user", "auditor"],
  grants: [
    { id: "g1", solutionId: "s1", principal: { type: "user", id: "u1", name: "erin" }, role: "auditor", source: "just_in_time", grantedBy: "a1b2c3d4-0000-4000-8000-000000000001", grantedByUsername: "admin" },
    { id: "g2", solutionId: "s1", principal: { type: "group", id: "gr1", name: "Auditors" }, role: "auditor", expiresAt: "2030-01-01T00:00:00Z" },
    { id: "g3", solutionId: "s1", principal: { type: "user", id: "u2", name: "gina" }, role: "user" },
  ],
};

function setUp(permissions = {}) {
  const api = fakeApi();
  answerGets(api, {
    "/runtime-access/solutions/s1": loans,
    "/runtime-access/solutions/s1/share": share,
    "/runtime-access/roles": [{ id: "r1", name: "user" }, { id: "r2", name: "approver" }, { id: "r3", name: "auditor" }],
    "/users": [{ id: "u9", username: "frank", email: "frank@example.com" }],
    "/runtime-access/groups": [{ id: "gr9", name: "Frankfurt office" }],
    "/runtime-access/solutions/s1/owners": [],
  });
  renderWithConsole(<SolutionPage />, { api, permissions, path: "solutions/s1", route: "solutions/:id" });
  return api;
}

async function openTab(name: string) {
  await userEvent.click(await screen.findByRole("tab", { name }));
}


/** Opens the Share dialog, picks frank and sends the dialog's default role; the dialog. */
async function shareWithFrank(): Promise<HTMLElement> {
  await openTab("Share");
  await userEvent.click(await screen.findByRole("button", { name: "Share" }));
  const dialog = screen.getByRole("dialog");
  await userEvent.type(within(dialog).getByRole("combobox", { name: "User or group" }), "fra");
  await userEvent.click(await within(dialog).findByText("frank"));
  await userEvent.click(within(dialog).getByRole("button", { name: "Share" }));
  return dialog;
}

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
    await userEvent.click(within(dialog).getByRole("button", { name: "Create" }));
    expect(await within(dialog).findByText("resources[0].name: is required")).toBeInTheDocument();
    expect(within(dialog).getByRole("textbox", { name: "Build name" })).not.toHaveAttribute("aria-invalid", "true");
  });
});

describe("SolutionPage share", () => {
  it("lists entries with type, role and expiry, and removes one after confirming", async () => {
    const api = setUp();
    api.del.mockResolvedValue(undefined);
    await openTab("Share");
    const group = await screen.findByTestId("row-Auditors-auditor");
    expect(within(group).getByText("Group")).toBeInTheDocument();
    expect(within(screen.getByTestId("row-erin-auditor")).getByText("Never")).toBeInTheDocument();
    expect(within(screen.getByTestId("row-erin-auditor")).getByText("Just in time")).toBeInTheDocument();
    expect(within(screen.getByTestId("row-erin-auditor")).getByText("admin")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Remove auditor from erin" }));
    const dialog = screen.getByRole("dialog", { name: "Remove auditor from erin?" });
    await userEvent.click(within(dialog).getByRole("button", { name: "Remove" }));
    await waitFor(() => expect(api.del).toHaveBeenCalledWith("/runtime-access/solutions/s1/grants/g1"));
  });

  it("finds users and groups as the admin types, and grants the chosen principal a role with an expiry", async () => {
    const api = setUp();
    api.post.mockResolvedValue({});
    await openTab("Share");
    await userEvent.click(await screen.findByRole("button", { name: "Share" }));
    const dialog = screen.getByRole("dialog");
    expect(within(dialog).getByTestId("active-policy-gotcha")).toHaveTextContent(
      "Only roles of the Active Policy (build 1) can be shared: user, auditor.",
    );
    const input = within(dialog).getByRole("combobox", { name: "User or group" });
    await userEvent.type(input, "fra");
    expect(await within(dialog).findByText("Frankfurt office")).toBeInTheDocument();
    expect(api.get).toHaveBeenCalledWith("/users", { search: "fra", max: 10, briefRepresentation: true });
    expect(api.get).toHaveBeenCalledWith("/runtime-access/groups", { search: "fra", max: 10, archived: false });
    // Debounced: one search for the whole word, not one per key.
    expect(api.get.mock.calls.filter(([path]) => path === "/users")).toHaveLength(1);
    expect(within(dialog).getByText(/User · frank@example.com/)).toBeInTheDocument();
    await userEvent.keyboard("{ArrowDown}{ArrowDown}{Enter}");
    expect(input).toHaveValue("Frankfurt office");
    await userEvent.selectOptions(within(dialog).getByRole("combobox", { name: "Role" }), "auditor");
    // a time already past would make a grant that gives nothing: said under the field, and not sent
    const expires = within(dialog).getByLabelText("Expires (optional)");
    await userEvent.type(expires, "2020-06-01T12:30");
    expect(within(dialog).getByText(/Pick a time in the future/)).toBeInTheDocument();
    expect(within(dialog).getByRole("button", { name: "Share" })).toBeDisabled();
    await userEvent.clear(expires);
    await userEvent.type(expires, "2030-06-01T12:30");
    expect(within(dialog).queryByText(/Pick a time in the future/)).not.toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole("button", { name: "Share" }));
    await waitFor(() =>
      expect(api.post).toHaveBeenCalledWith("/runtime-access/solutions/s1/grants", {
        principal: { type: "group", id: "gr9" },
        role: "auditor",
        expiresAt: new Date("2030-06-01T12:30").toISOString(),
      }),
    );
  });

  it("says a failed search failed, rather than that nothing matches", async () => {
    const api = setUp();
    api.get.mockImplementation(async (path: string) => {
      if (path === "/users") throw new ApiError(400, "search: too long", "search");
      if (path === "/runtime-access/solutions/s1") return loans;
      if (path === "/runtime-access/solutions/s1/share") return share;
      if (path === "/runtime-access/solutions/s1/owners") return [];
      return [];
    });
    await openTab("Share");
    await userEvent.click(await screen.findByRole("button", { name: "Share" }));
    const dialog = screen.getByRole("dialog");
    await userEvent.type(within(dialog).getByRole("combobox", { name: "User or group" }), "fra");
    expect(await within(dialog).findByText("The search failed: search: too long")).toBeInTheDocument();
    expect(within(dialog).queryByText("No users or groups match")).not.toBeInTheDocument();
  });

  it("puts the matches away when the search text is deleted by hand", async () => {
    setUp();
    await openTab("Share");
    await userEvent.click(await screen.findByRole("button", { name: "Share" }));
    const dialog = screen.getByRole("dialog");
    const input = within(dialog).getByRole("combobox", { name: "User or group" });
    await userEvent.type(input, "fra");
    expect(await within(dialog).findByText("Frankfurt office")).toBeInTheDocument();
    await userEvent.type(input, "{Backspace}{Backspace}{Backspace}");
    await waitFor(() => expect(within(dialog).queryByText("Frankfurt office")).not.toBeInTheDocument());
  });

  it("names the separation-of-duties rule that refuses a grant and shares again with a justification", async () => {
    const api = setUp();
    api.post
      .mockRejectedValueOnce(sodRefusal("Pay and approve", "frank would hold Loans / user and Payments / payer", ["grant:s1:user", "grant:s2:payer"]))
      .mockResolvedValueOnce({});
    const dialog = await shareWithFrank();
    expect(
      await within(dialog).findByText("Refused by the separation-of-duties rule Pay and approve: frank would hold Loans / user and Payments / payer"),
    ).toBeInTheDocument();
    const share = within(dialog).getByRole("button", { name: "Share" });
    expect(share).toBeDisabled();
    await userEvent.type(within(dialog).getByLabelText(/Override justification/), "audit sign-off until Friday");
    await userEvent.click(share);
    await waitFor(() =>
      expect(api.post).toHaveBeenLastCalledWith("/runtime-access/solutions/s1/grants", {
        principal: { type: "user", id: "u9" },
        role: "user",
        sodOverride: "audit sign-off until Friday",
      }),
    );
  });

  it("explains a refusal about the Active Policy instead of showing a bare error", async () => {
    const api = setUp();
    api.post.mockRejectedValue(new ApiError(400, "role: the Active Policy (build 1) offers only user, auditor", "role"));
    const dialog = await shareWithFrank();
    const gotcha = await within(dialog).findByTestId("active-policy-gotcha");
    await waitFor(() => expect(gotcha).toHaveClass("pf-m-danger"));
    expect(gotcha).toHaveTextContent("To share another role, add it to a build and make that build the Active Policy.");
    expect(gotcha).toHaveTextContent("offers only user, auditor");
    expect(api.post.mock.calls[0][1]).toEqual({ principal: { type: "user", id: "u9" }, role: "user" });
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
