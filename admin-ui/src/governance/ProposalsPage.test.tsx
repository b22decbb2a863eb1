import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ApiError } from "../api/client";
import type { Permissions } from "../app/ConsoleContext";
import { answerGets, fakeApi, renderWithConsole, sodRefusal, viewOnlyPermissions, type FakeApi } from "../test/console";
import { dormantProposal, peerProposal, rejectedProposal, settings } from "./fixtures";
import type { Mode } from "./model";
import { ProposalsPage } from "./ProposalsPage";

const list = "/runtime-access/governance/proposals";

function render({ mode = "approve", permissions = {} }: { mode?: Mode; permissions?: Partial<Permissions> } = {}): FakeApi {
  const api = fakeApi();
  answerGets(api, {
    "/runtime-access/governance/settings": { ...settings, mode },
    [list]: [peerProposal, dormantProposal, rejectedProposal],
  });
  renderWithConsole(<ProposalsPage />, { api, path: "proposals", permissions });
  return api;
}

describe("ProposalsPage", () => {
  it.each([
    ["an admin who decides", {}],
    ["a view-only admin", viewOnlyPermissions],
  ])("spans a proposal's evidence over every column, for %s", async (_who, permissions) => {
    render({ permissions });
    const row = await screen.findByTestId("proposal-p1");
    await userEvent.click(within(row).getByRole("button", { name: /details/i }));
    const cell = screen.getByLabelText("Evidence of the proposal for erin").closest("td")!;
    const headers = within(screen.getByRole("grid", { name: "Proposals" })).getAllByRole("columnheader");
    expect(cell.colSpan).toBe(headers.length);
  });

  it("lists the queue with confidence as a percentage, the justification and the evidence on expanding", async () => {
    const api = render();
    const row = await screen.findByTestId("proposal-p1");
    expect(row).toHaveTextContent("erin");
    expect(row).toHaveTextContent("Add");
    expect(row).toHaveTextContent("Payments / approver");
    expect(row).toHaveTextContent("Peer recommendation");
    expect(row).toHaveTextContent("89 %");
    expect(row).toHaveTextContent("held by 17 of the 19 users in department Finance");
    expect(screen.getByTestId("proposal-p2")).toHaveTextContent("the account of frank");
    expect(screen.getByTestId("proposal-p2")).toHaveTextContent("Disable user");
    expect(screen.queryByLabelText("Evidence of the proposal for erin")).not.toBeInTheDocument();
    await userEvent.click(within(row).getByRole("button", { name: /details/i }));
    const evidence = screen.getByLabelText("Evidence of the proposal for erin");
    expect(evidence).toHaveTextContent("Finance");
    expect(evidence).toHaveTextContent("peer-knn-1");
    expect(api.get).toHaveBeenCalledWith(list, { status: "proposed", first: 0, max: 21 });
    // a decided proposal names its decider by username, not by the recorded id
    await userEvent.click(within(screen.getByTestId("proposal-p3")).getByRole("button", { name: /details/i }));
    const decided = screen.getByLabelText("Evidence of the proposal for gina");
    expect(decided).toHaveTextContent("Decided by");
    expect(decided).toHaveTextContent("admin,");
    expect(decided).not.toHaveTextContent("a1b2c3d4-0000-4000-8000-000000000001");
  });

  it("sends status, category and user filters", async () => {
    const api = render();
    await screen.findByTestId("proposal-p1");
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Status" }), "Rejected");
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Category" }), "Dormant account");
    await userEvent.type(screen.getByRole("textbox", { name: "Filter by user" }), "frank{Enter}");
    await waitFor(() => expect(api.get).toHaveBeenLastCalledWith(list, { status: "rejected", category: "dormant-account", user: "frank", first: 0, max: 21 }));
  });

  it("approves with a comment and shows the result", async () => {
    const api = render();
    api.post.mockResolvedValue({ ...peerProposal, status: "applied" });
    await userEvent.click(within(await screen.findByTestId("proposal-p1")).getByRole("button", { name: "Approve erin Payments / approver" }));
    const dialog = screen.getByRole("dialog");
    expect(dialog).toHaveTextContent("Add Payments / approver for erin");
    await userEvent.type(within(dialog).getByLabelText("Comment"), "as the peers");
    await userEvent.click(within(dialog).getByRole("button", { name: "Approve" }));
    expect(api.post).toHaveBeenCalledWith("/runtime-access/governance/proposals/p1/approve", { comment: "as the peers" });
    expect(await screen.findByText(/Proposal applied/)).toBeInTheDocument();
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });

  it("names the separation-of-duties rule that refuses an approval and approves with an override justification", async () => {
    const api = render();
    api.post
      .mockRejectedValueOnce(sodRefusal("Pay and approve", "erin would hold Payments / approver and Payments / creator", ["grant:s1:approver", "grant:s1:creator"]))
      .mockResolvedValueOnce({ ...peerProposal, status: "applied" });
    await userEvent.click(within(await screen.findByTestId("proposal-p1")).getByRole("button", { name: /^Approve erin/ }));
    const dialog = screen.getByRole("dialog");
    await userEvent.click(within(dialog).getByRole("button", { name: "Approve" }));
    expect(await within(dialog).findByText("Refused by the separation-of-duties rule Pay and approve: erin would hold Payments / approver and Payments / creator")).toBeInTheDocument();
    const approveAnyway = within(dialog).getByRole("button", { name: "Approve with override" });
    expect(approveAnyway).toBeDisabled();
    await userEvent.type(within(dialog).getByLabelText(/Override justification/), "temporary cover during audit");
    await userEvent.click(approveAnyway);
    expect(api.post).toHaveBeenLastCalledWith("/runtime-access/governance/proposals/p1/approve", { sodOverride: "temporary cover during audit" });
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
  });

  it("rejects only with a reason", async () => {
    const api = render();
    api.post.mockResolvedValue({ ...peerProposal, status: "rejected" });
    await userEvent.click(within(await screen.findByTestId("proposal-p1")).getByRole("button", { name: /^Reject erin/ }));
    const dialog = screen.getByRole("dialog");
    expect(within(dialog).getByRole("button", { name: "Reject" })).toBeDisabled();
    await userEvent.type(within(dialog).getByLabelText(/Reason/), "not in this team");
    await userEvent.click(within(dialog).getByRole("button", { name: "Reject" }));
    expect(api.post).toHaveBeenCalledWith("/runtime-access/governance/proposals/p1/reject", { reason: "not in this team" });
    expect(await screen.findByText(/Proposal rejected/)).toBeInTheDocument();
  });

  it("approves and rejects the selected proposals in bulk and reports what was not done", async () => {
    const api = render();
    api.post.mockResolvedValue({ results: [{ id: "p1", status: "applied" }, { id: "p2", status: "failed", error: "user is gone" }] });
    await screen.findByTestId("proposal-p1");
    expect(screen.queryByRole("button", { name: "Approve selected" })).not.toBeInTheDocument();
    expect(screen.getByRole("checkbox", { name: "Select the proposal for gina" })).toBeDisabled();
    await userEvent.click(screen.getByRole("checkbox", { name: "Select all proposals on this page" }));
    await userEvent.click(screen.getByRole("button", { name: "Approve selected" }));
    expect(api.post).toHaveBeenCalledWith("/runtime-access/governance/proposals/bulk", { action: "approve", ids: ["p1", "p2"] });
    expect(await screen.findByText("1 of 2 done. Not done: the account of frank: user is gone")).toBeInTheDocument();
    await userEvent.click(await screen.findByRole("checkbox", { name: "Select the proposal for frank" }));
    await userEvent.click(screen.getByRole("button", { name: "Reject selected" }));
    await userEvent.type(within(screen.getByRole("dialog")).getByLabelText(/Reason/), "stale");
    await userEvent.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Reject" }));
    expect(api.post).toHaveBeenLastCalledWith("/runtime-access/governance/proposals/bulk", { action: "reject", ids: ["p2"], reason: "stale" });
  });

  it("counts a change already in place as done, and forgets the selection when the page changes", async () => {
    const api = fakeApi();
    const many = Array.from({ length: 21 }, (_, i) => ({ ...peerProposal, id: `p${i + 1}`, username: `user${i + 1}` }));
    answerGets(api, { "/runtime-access/governance/settings": { ...settings, mode: "approve" }, [list]: many });
    renderWithConsole(<ProposalsPage />, { api, path: "proposals" });
    api.post.mockResolvedValue({ results: [{ id: "p1", status: "applied", error: null, note: "already removed: the user no longer holds it" }] });
    await userEvent.click(await screen.findByRole("checkbox", { name: "Select the proposal for user1" }));
    await userEvent.click(screen.getByRole("button", { name: "Approve selected" }));
    expect(await screen.findByText("1 of 1 done.")).toBeInTheDocument();
    // the list loads again after the bulk decision: wait for its rows
    await userEvent.click(await screen.findByRole("checkbox", { name: "Select the proposal for user2" }));
    expect(screen.getByRole("button", { name: "Approve selected" })).toBeInTheDocument();
    await userEvent.click(screen.getAllByRole("button", { name: "Next page" })[0]);
    await waitFor(() => expect(api.get).toHaveBeenLastCalledWith(list, { status: "proposed", first: 20, max: 21 }));
    expect(screen.queryByRole("button", { name: "Approve selected" })).not.toBeInTheDocument();
  });

  /**
   * A queue of `count` proposals in pages of 20 (the server answers 21 to say a next page exists), on the last page;
   * deciding that page's one proposal empties it.
   */
  async function decideTheLastPage(count: number): Promise<FakeApi> {
    const api = fakeApi();
    const many = Array.from({ length: count }, (_, i) => ({ ...peerProposal, id: `p${i + 1}`, username: `user${i + 1}` }));
    const last = count - 1;
    let decided = false;
    answerGets(api, {
      "/runtime-access/governance/settings": { ...settings, mode: "approve" },
      [list]: (query?: Record<string, unknown>) => {
        const first = Number(query?.first ?? 0);
        return first === last && decided ? [] : many.slice(first, first + 21);
      },
    });
    renderWithConsole(<ProposalsPage />, { api, path: "proposals" });
    for (let first = 0; first < last; first += 20) {
      await screen.findByTestId(`proposal-p${first + 1}`);
      await userEvent.click(screen.getAllByRole("button", { name: "Next page" })[0]);
    }
    await userEvent.click(await screen.findByRole("checkbox", { name: `Select the proposal for user${count}` }));
    api.post.mockResolvedValue({ results: [{ id: `p${count}`, status: "applied", error: null }] });
    decided = true;
    await userEvent.click(screen.getByRole("button", { name: "Approve selected" }));
    return api;
  }

  it("steps back a page when the last proposals of a later page were decided", async () => {
    const api = await decideTheLastPage(21);
    await waitFor(() => expect(api.get).toHaveBeenLastCalledWith(list, { status: "proposed", first: 0, max: 21 }));
    expect(await screen.findByTestId("proposal-p1")).toBeInTheDocument();
  });

  it("steps back one page only, from page 3 to page 2", async () => {
    const api = await decideTheLastPage(41);
    expect(await screen.findByTestId("proposal-p21")).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(api.get).toHaveBeenLastCalledWith(list, { status: "proposed", first: 20, max: 21 });
    expect(screen.getByTestId("proposal-p21")).toBeInTheDocument();
  });

  it("runs the analysis now and says what it found", async () => {
    const api = render();
    api.post.mockResolvedValue({ id: "run1", status: "finished", users: 2044, seconds: 3.2, created: 12, duplicates: 0, suppressed: 1, autoApplied: 0 });
    await userEvent.click(await screen.findByRole("button", { name: "Run analysis now" }));
    expect(api.post).toHaveBeenCalledWith("/runtime-access/governance/runs");
    expect(await screen.findByText("Analysis finished: 2044 users in 3.2 s, 12 new proposals, 0 applied automatically.")).toBeInTheDocument();
  });

  it("says so when the run failed", async () => {
    const api = render();
    api.post.mockResolvedValue({ id: "run2", status: "failed", users: 0, seconds: 0, created: 0, duplicates: 0, suppressed: 0, autoApplied: 0, error: "the snapshot could not be read" });
    await userEvent.click(await screen.findByRole("button", { name: "Run analysis now" }));
    expect(await screen.findByText("The analysis failed: the snapshot could not be read")).toBeInTheDocument();
  });

  it("is read-only in report mode, with a banner", async () => {
    render({ mode: "report" });
    await screen.findByTestId("proposal-p1");
    expect(screen.getByText(/Mode report: the analysis only reports/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Approve/ })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Reject/ })).not.toBeInTheDocument();
    expect(screen.queryByRole("checkbox")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Run analysis now" })).toBeInTheDocument();
  });

  it("shows a view-only admin no change control", async () => {
    render({ permissions: viewOnlyPermissions });
    await screen.findByTestId("proposal-p1");
    expect(screen.queryByRole("button", { name: /^Approve/ })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Reject/ })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Run analysis now" })).not.toBeInTheDocument();
    expect(screen.queryByRole("checkbox")).not.toBeInTheDocument();
  });

  it("says when an approved change could not be applied", async () => {
    const api = render();
    api.post.mockResolvedValue({ ...peerProposal, status: "failed", error: "the role is no longer offered" });
    await userEvent.click(within(await screen.findByTestId("proposal-p1")).getByRole("button", { name: /^Approve erin/ }));
    await userEvent.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Approve" }));
    expect(await screen.findByText(/The approved change could not be applied: the role is no longer offered/)).toBeInTheDocument();
  });

  it("shows the server's refusal of a decision in the dialog", async () => {
    const api = render();
    api.post.mockRejectedValue(new ApiError(409, "mode report: proposals are read-only"));
    await userEvent.click(within(await screen.findByTestId("proposal-p1")).getByRole("button", { name: /^Approve erin/ }));
    await userEvent.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Approve" }));
    expect(await within(screen.getByRole("dialog")).findByText("mode report: proposals are read-only")).toBeInTheDocument();
    expect(within(screen.getByRole("dialog")).queryByLabelText(/Override justification/)).not.toBeInTheDocument();
  });

  it("says when the settings could not be read instead of looking read-only, and reads them again", async () => {
    const api = fakeApi();
    let failing = true;
    answerGets(api, {
      "/runtime-access/governance/settings": () => {
        if (failing) throw new ApiError(500, "server error");
        return { ...settings, mode: "approve" };
      },
      [list]: [peerProposal],
    });
    renderWithConsole(<ProposalsPage />, { api, path: "proposals" });
    expect(await screen.findByText(/The governance settings could not be read/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Approve erin/ })).not.toBeInTheDocument();
    failing = false;
    await userEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(await within(await screen.findByTestId("proposal-p1")).findByRole("button", { name: /^Approve erin/ })).toBeInTheDocument();
    expect(screen.queryByText(/The governance settings could not be read/)).not.toBeInTheDocument();
  });

  it("says a change was refused for want of rights, not that the page may not be seen", async () => {
    const api = render();
    // approving a role proposal needs the right to map that role, beyond manage-users
    api.post.mockRejectedValue(new ApiError(403, "HTTP 403 Forbidden"));
    await userEvent.click(within(await screen.findByTestId("proposal-p1")).getByRole("button", { name: /^Approve erin/ }));
    await userEvent.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Approve" }));
    expect(await within(screen.getByRole("dialog")).findByText(/You may not make this change/)).toBeInTheDocument();
    expect(screen.queryByText("You do not have permission to see this.")).not.toBeInTheDocument();
  });
});
