import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ApiError } from "../api/client";
import { answerGets, fakeApi, renderWithConsole, sodRefusal, viewOnlyPermissions, type FakeApi } from "../test/console";
import { GroupPage } from "./GroupPage";

const group = { id: "g1", name: "Claim Handlers", description: "EMEA claims", attributes: { region: "EMEA", tier: "gold" }, archived: false, memberCount: 2 };
const members = [
  { userId: "u1", username: "alice", source: "admin", addedAt: "2026-11-01T10:00:00Z" },
  { userId: "u2", username: "bob", source: "identity_provider", addedAt: "2026-11-02T10:00:00Z" },
];

function groupApi(shown: typeof group = group): FakeApi {
  const api = fakeApi();
  answerGets(api, {
    "/runtime-access/groups/g1": shown,
    "/runtime-access/groups/g1/members": members,
    "/runtime-access/groups/g1/access": [
      { id: "gr1", solutionId: "s1", role: "approver", source: "admin", expiresAt: "2027-01-01T00:00:00Z" },
    ],
    "/runtime-access/solutions/s1": { id: "s1", name: "Claims" },
    "/runtime-access/groups/g1/owners": [{ userId: "u9", username: "olga", addedAt: "2026-11-03T10:00:00Z" }],
  });
  return api;
}

function renderGroup(api: FakeApi, permissions = {}) {
  return renderWithConsole(<GroupPage />, { api, path: "groups/g1", route: "groups/:id", permissions });
}

describe("GroupPage", () => {
  it("shows members with where their membership comes from", async () => {
    renderGroup(groupApi());
    expect(within(await screen.findByTestId("row-alice")).getByText("Added by an admin")).toBeInTheDocument();
    expect(within(screen.getByTestId("row-bob")).getByText("Synced from the identity provider")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "End-user groups" })).toHaveAttribute("href", "/acme/groups");
  });

  it("reports unknown users of a bulk add and that nothing was added", async () => {
    const api = groupApi();
    api.post.mockRejectedValue(
      new ApiError(400, "members: unknown users: zed, yan", "members", { field: "members", error: "members: unknown users: zed, yan", unknown: ["zed", "yan"] }),
    );
    renderGroup(api);
    await userEvent.click(await screen.findByRole("button", { name: "Add many" }));
    await userEvent.type(screen.getByLabelText(/Usernames or emails, one per line/), "alice\nzed\n\nyan");
    await userEvent.click(screen.getByRole("button", { name: "Add" }));
    expect(api.post).toHaveBeenCalledWith("/runtime-access/groups/g1/members/bulk", { members: ["alice", "zed", "yan"] });
    expect(await screen.findByText("Unknown users: zed, yan. Nothing was added.")).toBeInTheDocument();
  });

  it("adds a member and many members again with a justification after a separation-of-duties rule refused", async () => {
    const refusal = () => sodRefusal("Claims and payouts", "carol would hold Claim Handlers and Payouts", ["eug:g1", "eug:g2"]);
    const api = groupApi();
    api.post
      .mockRejectedValueOnce(refusal())
      .mockResolvedValueOnce({ userId: "u3", username: "carol", source: "admin" })
      .mockRejectedValueOnce(refusal())
      .mockResolvedValueOnce({ added: ["carol"], alreadyMembers: [] });
    renderGroup(api);
    await userEvent.click(await screen.findByRole("button", { name: "Add member" }));
    await userEvent.type(screen.getByLabelText(/Username or email/), "carol");
    await userEvent.click(screen.getByRole("button", { name: "Add" }));
    expect(await screen.findByText("Refused by the separation-of-duties rule Claims and payouts: carol would hold Claim Handlers and Payouts")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Add" })).toBeDisabled();
    await userEvent.type(screen.getByLabelText(/Override justification/), "covering for a leave");
    await userEvent.click(screen.getByRole("button", { name: "Add" }));
    expect(api.post).toHaveBeenLastCalledWith("/runtime-access/groups/g1/members", { username: "carol", sodOverride: "covering for a leave" });
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());

    await userEvent.click(screen.getByRole("button", { name: "Add many" }));
    await userEvent.type(screen.getByLabelText(/Usernames or emails/), "carol");
    await userEvent.click(screen.getByRole("button", { name: "Add" }));
    await userEvent.type(await screen.findByLabelText(/Override justification/), "audit window");
    await userEvent.click(screen.getByRole("button", { name: "Add" }));
    expect(api.post).toHaveBeenLastCalledWith("/runtime-access/groups/g1/members/bulk", { members: ["carol"], sodOverride: "audit window" });
    expect(await screen.findByText("Added 1 users; 0 were already members.")).toBeInTheDocument();
  });

  it("forgets a separation-of-duties refusal once the admin edits the change", async () => {
    const api = groupApi();
    api.post.mockRejectedValueOnce(sodRefusal("Claims and payouts", "carol would hold Claim Handlers and Payouts", ["eug:g1", "eug:g2"]));
    api.post.mockResolvedValueOnce({ userId: "u4", username: "dave", source: "admin" });
    renderGroup(api);
    await userEvent.click(await screen.findByRole("button", { name: "Add member" }));
    await userEvent.type(screen.getByLabelText(/Username or email/), "carol");
    await userEvent.click(screen.getByRole("button", { name: "Add" }));
    expect(await screen.findByLabelText(/Override justification/)).toBeInTheDocument();
    await userEvent.clear(screen.getByLabelText(/Username or email/));
    await userEvent.type(screen.getByLabelText(/Username or email/), "dave");
    expect(screen.queryByLabelText(/Override justification/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Add" }));
    expect(api.post).toHaveBeenLastCalledWith("/runtime-access/groups/g1/members", { username: "dave" });
  });

  it("says how many a bulk add added and how many were already members, then reloads the list", async () => {
    const api = groupApi();
    api.post.mockResolvedValue({ added: ["carol", "dave"], alreadyMembers: ["alice"] });
    renderGroup(api);
    await userEvent.click(await screen.findByRole("button", { name: "Add many" }));
    await userEvent.type(screen.getByLabelText(/Usernames or emails/), "carol\ndave\nalice");
    await userEvent.click(screen.getByRole("button", { name: "Add" }));
    expect(await screen.findByText("Added 2 users; 1 were already members.")).toBeInTheDocument();
    const memberLoads = () => api.get.mock.calls.filter(([path]) => path === "/runtime-access/groups/g1/members").length;
    const before = memberLoads();
    await userEvent.click(screen.getByText("Close", { selector: "button" }));
    await waitFor(() => expect(memberLoads()).toBe(before + 1));
  });

  it("says that removing a member held from several sources removes every one of them", async () => {
    const api = groupApi();
    answerGets(api, {
      "/runtime-access/groups/g1": group,
      "/runtime-access/groups/g1/members": [...members, { userId: "u2", username: "bob", source: "request", addedAt: "2026-11-03T10:00:00Z" }],
      "/runtime-access/groups/g1/access": [],
      "/runtime-access/groups/g1/owners": [],
    });
    const errors = vi.spyOn(console, "error");
    renderGroup(api);
    const rows = await screen.findAllByTestId("row-bob");
    expect(rows.map((row) => row.textContent)).toEqual([expect.stringContaining("Synced from the identity provider"), expect.stringContaining("Given by an access request")]);
    expect(errors.mock.calls.flat().join(" ")).not.toMatch(/same key/);
    await userEvent.click(screen.getAllByRole("button", { name: "Remove bob" })[1]);
    expect(screen.getByRole("dialog")).toHaveTextContent("whatever added it (Synced from the identity provider, Given by an access request)");
    errors.mockRestore();
  });

  it("adds one member by username and removes one after confirming", async () => {
    const api = groupApi();
    api.post.mockResolvedValue({ userId: "u3", username: "carol", source: "admin" });
    api.del.mockResolvedValue(undefined);
    renderGroup(api);
    await userEvent.click(await screen.findByRole("button", { name: "Add member" }));
    await userEvent.type(screen.getByLabelText(/Username or email/), "carol@example.com");
    await userEvent.click(screen.getByRole("button", { name: "Add" }));
    expect(api.post).toHaveBeenCalledWith("/runtime-access/groups/g1/members", { username: "carol@example.com" });
    await userEvent.click(await screen.findByRole("button", { name: "Remove alice" }));
    expect(screen.getByText("Remove alice from Claim Handlers?")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Remove" }));
    expect(api.del).toHaveBeenCalledWith("/runtime-access/groups/g1/members/u1");
  });

  it("lists the owners, adds one by username and removes one after confirming", async () => {
    const api = groupApi();
    api.post.mockResolvedValue({ userId: "u3", username: "carol" });
    api.del.mockResolvedValue(undefined);
    renderGroup(api);
    await userEvent.click(await screen.findByRole("tab", { name: "Owners" }));
    expect(await screen.findByTestId("owner-olga")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Add owner" }));
    await userEvent.type(screen.getByLabelText(/Username or email/), "carol");
    await userEvent.click(screen.getByRole("button", { name: "Add" }));
    expect(api.post).toHaveBeenCalledWith("/runtime-access/groups/g1/owners", { username: "carol" });
    await userEvent.click(await screen.findByRole("button", { name: "Remove owner olga" }));
    expect(screen.getByText("Remove olga as an owner of Claim Handlers?")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Remove" }));
    expect(api.del).toHaveBeenCalledWith("/runtime-access/groups/g1/owners/u9");
  });

  it("shows a refused owner under the username field", async () => {
    const api = groupApi();
    api.post.mockRejectedValue(new ApiError(404, "userId or username: no user 'zed' in this organization", "userId or username"));
    renderGroup(api);
    await userEvent.click(await screen.findByRole("tab", { name: "Owners" }));
    await userEvent.click(await screen.findByRole("button", { name: "Add owner" }));
    await userEvent.type(screen.getByLabelText(/Username or email/), "zed");
    await userEvent.click(screen.getByRole("button", { name: "Add" }));
    expect(await screen.findByText("userId or username: no user 'zed' in this organization")).toBeInTheDocument();
    expect(screen.getAllByText("userId or username: no user 'zed' in this organization")).toHaveLength(1);
    expect(screen.getByLabelText(/Username or email/)).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText(/Username or email/)).toHaveAccessibleDescription("userId or username: no user 'zed' in this organization");
    expect(screen.getByRole("dialog")).toBeInTheDocument();
  });

  it("archives after confirming", async () => {
    const api = groupApi();
    api.put.mockResolvedValue({ ...group, archived: true });
    renderGroup(api);
    await userEvent.click(await screen.findByRole("button", { name: "Archive" }));
    expect(api.put).not.toHaveBeenCalled();
    await userEvent.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Archive" }));
    expect(api.put).toHaveBeenCalledWith("/runtime-access/groups/g1", { archived: true });
    expect(await screen.findByRole("button", { name: "Unarchive" })).toBeInTheDocument();
  });

  it("cannot close the bulk add while the members are being added", async () => {
    const api = groupApi();
    api.post.mockReturnValue(new Promise(() => undefined));
    renderGroup(api);
    await userEvent.click(await screen.findByRole("button", { name: "Add many" }));
    const dialog = screen.getByRole("dialog");
    await userEvent.type(within(dialog).getByLabelText(/Usernames or emails/), "carol\ndave");
    await userEvent.click(within(dialog).getByRole("button", { name: "Add" }));
    expect(within(dialog).getByRole("button", { name: "Cancel" })).toBeDisabled();
    expect(within(dialog).queryByRole("button", { name: "Close" })).not.toBeInTheDocument();
    await userEvent.keyboard("{Escape}");
    expect(screen.getByRole("dialog")).toBeInTheDocument();
  });

  it("adds a member once when Enter is pressed twice", async () => {
    const api = groupApi();
    let answer: (value: unknown) => void = () => undefined;
    api.post.mockImplementation(() => new Promise((resolve) => (answer = resolve)));
    renderGroup(api);
    await userEvent.click(await screen.findByRole("button", { name: "Add member" }));
    await userEvent.type(screen.getByLabelText(/Username or email/), "carol{Enter}{Enter}");
    answer({ userId: "u3", username: "carol", source: "admin" });
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(api.post).toHaveBeenCalledTimes(1);
  });

  it("unarchives with a justification when a separation-of-duties rule refuses it", async () => {
    const api = groupApi({ ...group, archived: true });
    api.put
      .mockRejectedValueOnce(sodRefusal("Claims and payouts", "alice would hold Claim Handlers and Payouts", ["eug:g1", "eug:g2"]))
      .mockResolvedValueOnce({ ...group, archived: false });
    renderGroup(api);
    await userEvent.click(await screen.findByRole("button", { name: "Unarchive" }));
    const dialog = screen.getByRole("dialog");
    await userEvent.click(within(dialog).getByRole("button", { name: "Unarchive" }));
    expect(await within(dialog).findByText("Refused by the separation-of-duties rule Claims and payouts: alice would hold Claim Handlers and Payouts")).toBeInTheDocument();
    expect(within(dialog).getByRole("button", { name: "Unarchive" })).toBeDisabled();
    await userEvent.type(within(dialog).getByLabelText(/Override justification/), "merger week");
    await userEvent.click(within(dialog).getByRole("button", { name: "Unarchive" }));
    expect(api.put).toHaveBeenLastCalledWith("/runtime-access/groups/g1", { archived: false, sodOverride: "merger week" });
    expect(await screen.findByRole("button", { name: "Archive" })).toBeInTheDocument();
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });

  it("lists the group's solution access with links to the solutions", async () => {
    renderGroup(groupApi());
    await userEvent.click(await screen.findByRole("tab", { name: "Solution access" }));
    const row = await screen.findByTestId("row-Claims-approver");
    expect(within(row).getByRole("link", { name: "Claims" })).toHaveAttribute("href", "/acme/solutions/s1");
    expect(row).toHaveTextContent("Admin");
  });

  it("saves the edited attributes and description as one map", async () => {
    const api = groupApi();
    api.put.mockImplementation(async (_path: string, body: object) => ({ ...group, ...body }));
    renderGroup(api);
    await userEvent.click(await screen.findByRole("tab", { name: "Attributes" }));
    const value = await screen.findByLabelText("Value of attribute 1");
    await userEvent.clear(value);
    await userEvent.type(value, "APAC");
    await userEvent.click(screen.getByRole("button", { name: "Remove attribute 2" }));
    await userEvent.click(screen.getByRole("button", { name: "Add attribute" }));
    await userEvent.type(screen.getByLabelText("Name of attribute 2"), "costCenter");
    await userEvent.type(screen.getByLabelText("Value of attribute 2"), "42");
    await userEvent.clear(screen.getByLabelText("Description"));
    await userEvent.type(screen.getByLabelText("Description"), "APAC claims");
    await userEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(api.put).toHaveBeenCalledWith("/runtime-access/groups/g1", {
      description: "APAC claims",
      attributes: { region: "APAC", costCenter: "42" },
    });
    expect(await screen.findByText("Saved")).toBeInTheDocument();
  });

  it("refuses a name used twice or a value without a name before sending, and shows what was stored", async () => {
    const api = groupApi();
    api.put.mockImplementation(async (_path: string, body: { attributes: Record<string, string> }) => ({ ...group, ...body }));
    renderGroup(api);
    await userEvent.click(await screen.findByRole("tab", { name: "Attributes" }));
    await userEvent.click(await screen.findByRole("button", { name: "Add attribute" }));
    await userEvent.type(screen.getByLabelText("Name of attribute 3"), "region");
    await userEvent.type(screen.getByLabelText("Value of attribute 3"), "APAC");
    await userEvent.click(screen.getByRole("button", { name: "Add attribute" }));
    await userEvent.type(screen.getByLabelText("Value of attribute 4"), "orphan");
    await userEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(api.put).not.toHaveBeenCalled();
    expect(screen.getAllByText("This name is used by another row too; each attribute has one value.")).toHaveLength(2);
    expect(screen.getByText("A value needs a name.")).toBeInTheDocument();
    expect(screen.getByLabelText("Name of attribute 1")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText("Value of attribute 4")).toHaveAccessibleDescription("A value needs a name.");

    await userEvent.click(screen.getByRole("button", { name: "Remove attribute 4" }));
    await userEvent.clear(screen.getByLabelText("Name of attribute 3"));
    await userEvent.type(screen.getByLabelText("Name of attribute 3"), "  zone ");
    await userEvent.click(screen.getByRole("button", { name: "Add attribute" }));
    await userEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(api.put).toHaveBeenCalledWith("/runtime-access/groups/g1", {
      description: "EMEA claims",
      attributes: { region: "EMEA", tier: "gold", zone: "APAC" },
    });
    expect(await screen.findByText("Saved")).toBeInTheDocument();
    expect(screen.getByLabelText("Name of attribute 3")).toHaveValue("zone");
    expect(screen.queryByLabelText("Name of attribute 4")).not.toBeInTheDocument();
  });

  it("marks the row of a long name the server refused, which its answer names cut short", async () => {
    const api = groupApi();
    const long = "x".repeat(300);
    api.put.mockRejectedValue(new ApiError(400, `attributes.${"x".repeat(40)}...: a name is at most 255 characters`, `attributes.${"x".repeat(40)}...`));
    renderGroup(api);
    await userEvent.click(await screen.findByRole("tab", { name: "Attributes" }));
    await userEvent.click(await screen.findByRole("button", { name: "Add attribute" }));
    await userEvent.click(screen.getByLabelText("Name of attribute 3"));
    await userEvent.paste(long);
    await userEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findAllByText(/a name is at most 255 characters/)).not.toHaveLength(0);
    expect(screen.getByLabelText("Name of attribute 3")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText("Name of attribute 1")).not.toHaveAttribute("aria-invalid", "true");
  });

  it("hides every change control from a view-only admin", async () => {
    renderGroup(groupApi(), viewOnlyPermissions);
    await screen.findByTestId("row-alice");
    expect(screen.getByText("You can view this realm's runtime access but not change it.")).toBeInTheDocument();
    for (const name of ["Archive", "Add member", "Add many", "Remove alice"]) {
      expect(screen.queryByRole("button", { name })).not.toBeInTheDocument();
    }
    await userEvent.click(screen.getByRole("tab", { name: "Owners" }));
    expect(await screen.findByTestId("owner-olga")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Add owner" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Remove owner olga" })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole("tab", { name: "Attributes" }));
    expect(await screen.findByText("EMEA")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Save" })).not.toBeInTheDocument();
    expect(screen.queryByRole("textbox")).not.toBeInTheDocument();
  });
});
