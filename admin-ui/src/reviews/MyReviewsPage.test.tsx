import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createApi } from "../api/client";
import { expectNoSeriousViolations } from "../test/accessibility";
import { answerGets, cancelAndExpectReadAgain, fakeApi, renderWithConsole, userOnlyPermissions, type FakeApi } from "../test/console";
import { waitingItems } from "./fixtures";
import { MyReviewsPage } from "./MyReviewsPage";
import type { WaitingReviewItem } from "./model";

function render(waiting: WaitingReviewItem[] = waitingItems): { api: FakeApi; userApi: FakeApi } {
  const api = fakeApi();
  const userApi = fakeApi();
  answerGets(userApi, { "/reviews": waiting });
  renderWithConsole(<MyReviewsPage />, { api, userApi, path: "my-reviews", permissions: userOnlyPermissions });
  return { api, userApi };
}

describe("MyReviewsPage", () => {
  it("lists the items waiting for the reviewer with their campaign, deadline and suggestion, through the user API only", async () => {
    const { api, userApi } = render();
    const erin = await screen.findByTestId("review-item-erin-Payments: payer");
    expect(erin).toHaveTextContent("Q4 payments");
    expect(erin).toHaveTextContent("Due ");
    expect(erin).toHaveTextContent("Never");
    expect(erin).toHaveTextContent("revoke: never used since granted 120 days ago: revoke");
    expect(screen.getByTestId("review-item-frank-Payments: viewer")).toHaveTextContent("Approvedmia: still on the team");
    expect(screen.queryByRole("columnheader", { name: "Reviewers" })).not.toBeInTheDocument();
    expect(userApi.get).toHaveBeenCalledWith("/reviews", { first: 0, max: 51 });
    expect(api.get).not.toHaveBeenCalled();
  });

  it("approves the selected items with one justification, to the reviewers' API", async () => {
    const { userApi } = render();
    userApi.post.mockResolvedValue({ decided: 2 });
    expect(await screen.findByRole("button", { name: "Approve selected" })).toBeDisabled();
    await userEvent.click(screen.getByRole("checkbox", { name: "Select all items" }));
    await userEvent.click(screen.getByRole("button", { name: "Approve selected" }));
    const dialog = screen.getByRole("dialog");
    expect(within(dialog).getByRole("button", { name: "Record decision" })).toBeDisabled();
    await userEvent.type(within(dialog).getByLabelText(/Justification/), "both still on the team");
    await userEvent.click(within(dialog).getByRole("button", { name: "Record decision" }));
    expect(userApi.post).toHaveBeenCalledWith("/reviews/decisions", {
      decisions: [
        { itemId: "it1", decision: "approve", justification: "both still on the team" },
        { itemId: "it2", decision: "approve", justification: "both still on the team" },
      ],
    });
    expect(await screen.findByText("Decisions recorded: 2.")).toBeInTheDocument();
    await waitFor(() => expect(userApi.get).toHaveBeenCalledTimes(2));
  });

  it("delegates to a username typed in, since a reviewer may not search the realm's users", async () => {
    const { api, userApi } = render();
    userApi.post.mockResolvedValue({ decided: 1 });
    await userEvent.click(await screen.findByRole("checkbox", { name: "Select erin Payments: payer" }));
    await userEvent.click(screen.getByRole("button", { name: "Delegate selected" }));
    const dialog = screen.getByRole("dialog");
    await userEvent.type(within(dialog).getByLabelText(/Justification/), "nina runs payments now");
    expect(within(dialog).getByRole("button", { name: "Record decision" })).toBeDisabled();
    await userEvent.type(within(dialog).getByLabelText(/Delegate to/), "nina");
    await userEvent.click(within(dialog).getByRole("button", { name: "Record decision" }));
    expect(userApi.post).toHaveBeenCalledWith("/reviews/decisions", {
      decisions: [{ itemId: "it1", decision: "delegate", justification: "nina runs payments now", delegateTo: "nina" }],
    });
    expect(api.get).not.toHaveBeenCalled();
  });

  it("shows the server's sentence when it refuses the bulk, and keeps the dialog open", async () => {
    const { userApi } = render();
    const refused = createApi("", async () => "t", vi.fn(async () => new Response(JSON.stringify({ error: "not_a_reviewer", field: "decisions[0].itemId", message: "decisions[0].itemId: you are not a reviewer of this item" }), { status: 403 })) as unknown as typeof fetch);
    userApi.post.mockImplementation(() => refused.post("/x"));
    await userEvent.click(await screen.findByRole("checkbox", { name: "Select erin Payments: payer" }));
    await userEvent.click(screen.getByRole("button", { name: "Revoke selected" }));
    const dialog = screen.getByRole("dialog");
    await userEvent.type(within(dialog).getByLabelText(/Justification/), "left");
    await userEvent.click(within(dialog).getByRole("button", { name: "Record decision" }));
    expect(await within(dialog).findByText("decisions[0].itemId: you are not a reviewer of this item")).toBeInTheDocument();
    // refused: the item was delegated or its campaign closed meanwhile, so the list is read again once the dialog closes
    await cancelAndExpectReadAgain(dialog, userApi, "/reviews");
  });

  it("says when nothing waits, without decision buttons", async () => {
    render([]);
    expect(await screen.findByText("Nothing to review")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Approve selected" })).not.toBeInTheDocument();
  });

  it("has no serious accessibility violation with the delegation dialog open (axe)", async () => {
    render();
    await userEvent.click(await screen.findByRole("checkbox", { name: "Select all items" }));
    await userEvent.click(screen.getByRole("button", { name: "Delegate selected" }));
    await screen.findByLabelText(/Delegate to/);
    await expectNoSeriousViolations();
  });
});
