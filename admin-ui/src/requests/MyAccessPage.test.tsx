import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ApiError } from "../api/client";
import { answerGets, cancelAndExpectReadAgain, fakeApi, renderWithConsole, userOnlyPermissions, type FakeApi } from "../test/console";
import { activeRequest, pendingRequest, requestable } from "./fixtures";
import { MyAccessPage } from "./MyAccessPage";

function render(mine: unknown[] = [pendingRequest, activeRequest]): { api: FakeApi; userApi: FakeApi } {
  const api = fakeApi();
  const userApi = fakeApi();
  answerGets(userApi, { "/requests/requestable": requestable, "/requests": mine });
  renderWithConsole(<MyAccessPage />, { api, userApi, path: "my-access", permissions: userOnlyPermissions });
  return { api, userApi };
}

describe("MyAccessPage", () => {
  it("lists what the user may request and their requests, through the user API only", async () => {
    const { api } = render();
    const operator = await screen.findByTestId("requestable-Night operator of Payments");
    expect(operator).toHaveTextContent("8 h");
    expect(operator).toHaveTextContent("Justification, Ticket");
    expect(within(operator).getByRole("button", { name: "Request Night operator of Payments" })).toBeInTheDocument();
    const shift = screen.getByTestId("requestable-Night shift");
    expect(shift).toHaveTextContent("You have it");
    expect(within(shift).queryByRole("button")).not.toBeInTheDocument();
    const active = screen.getByTestId("request-r2");
    expect(active).toHaveTextContent("Night shift");
    expect(active).toHaveTextContent("Active");
    expect(active).toHaveTextContent("Approved by amy");
    expect(within(active).queryByRole("button")).not.toBeInTheDocument();
    expect(api.get).not.toHaveBeenCalled();
  });

  it("pages the user's requests on the server, one row more asked than shown", async () => {
    const { userApi } = render(Array.from({ length: 21 }, (_, i) => ({ ...activeRequest, id: `r${i}` })));
    expect(await screen.findByTestId("request-r19")).toBeInTheDocument();
    expect(screen.queryByTestId("request-r20")).not.toBeInTheDocument();
    expect(userApi.get).toHaveBeenCalledWith("/requests", { first: 0, max: 21 });
    await userEvent.click(screen.getAllByRole("button", { name: "Next page" })[0]);
    await waitFor(() => expect(userApi.get).toHaveBeenCalledWith("/requests", { first: 20, max: 21 }));
  });

  it("keeps the focus on Next page while the next page of requests loads", async () => {
    const { userApi } = render(Array.from({ length: 21 }, (_, i) => ({ ...activeRequest, id: `r${i}` })));
    await screen.findByTestId("request-r19");
    let answer: (rows: unknown[]) => void = () => undefined;
    userApi.get.mockImplementation(async (path: string) => (path === "/requests" ? new Promise((resolve) => (answer = resolve)) : requestable));
    const next = screen.getByRole("button", { name: "Next page" });
    await userEvent.click(next);
    await waitFor(() => expect(userApi.get).toHaveBeenCalledWith("/requests", { first: 20, max: 21 }));
    expect(next).toBeInTheDocument();
    expect(next).toHaveFocus();
    // not disabled under the focus (jsdom keeps the focus on a disabled button; a browser does not)
    expect(next).toBeEnabled();
    expect(screen.getByRole("button", { name: "Previous page" })).toBeEnabled();
    answer([{ ...activeRequest, id: "r20" }]);
    expect(await screen.findByTestId("request-r20")).toBeInTheDocument();
    expect(next).toBeInTheDocument();
    expect(next).toHaveFocus();
  });

  it("requests with a duration, a justification and the ticket the policy requires", async () => {
    const { userApi } = render();
    userApi.post.mockResolvedValue({ ...pendingRequest, id: "r9" });
    await userEvent.click(await screen.findByRole("button", { name: "Request Night operator of Payments" }));
    const dialog = screen.getByRole("dialog");
    const send = within(dialog).getByRole("button", { name: "Send request" });
    expect(within(within(dialog).getByLabelText(/^Duration/)).getAllByRole("option").map((o) => o.textContent)).toEqual(["1 h", "4 h", "8 h (longest)"]);
    await userEvent.selectOptions(within(dialog).getByLabelText(/^Duration/), "PT4H");
    await userEvent.type(within(dialog).getByLabelText(/^Justification/), "night run");
    expect(send).toBeDisabled();
    await userEvent.type(within(dialog).getByLabelText(/^Ticket/), "OPS-7");
    await userEvent.click(send);
    expect(userApi.post).toHaveBeenCalledWith("/requests", { itemId: "i1", duration: "PT4H", justification: "night run", ticket: "OPS-7" });
    // said to a screen reader too: the dialog that had the focus is gone
    expect((await screen.findByText("Requested Night operator of Payments; an approver decides.")).closest("[aria-live]")).not.toBeNull();
  });

  it("shows a refused field under it, and a conflict above the buttons", async () => {
    const { userApi } = render();
    userApi.post.mockRejectedValueOnce(new ApiError(400, "ticket: must look like OPS-123", "ticket"));
    userApi.post.mockRejectedValueOnce(new ApiError(409, "you have an open request for this item", "itemId"));
    await userEvent.click(await screen.findByRole("button", { name: "Request Night operator of Payments" }));
    const dialog = screen.getByRole("dialog");
    await userEvent.type(within(dialog).getByLabelText(/^Justification/), "night run");
    await userEvent.type(within(dialog).getByLabelText(/^Ticket/), "no ticket");
    await userEvent.click(within(dialog).getByRole("button", { name: "Send request" }));
    expect(await within(dialog).findByText("ticket: must look like OPS-123")).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^Ticket/)).toHaveAttribute("aria-invalid", "true");
    expect(within(dialog).getByLabelText(/^Ticket/)).toHaveAccessibleDescription("ticket: must look like OPS-123");
    await userEvent.click(within(dialog).getByRole("button", { name: "Send request" }));
    expect(await within(dialog).findByText("you have an open request for this item")).toBeInTheDocument();
  });

  it("cancels a pending request after confirming", async () => {
    const { userApi } = render();
    userApi.post.mockResolvedValue({ ...pendingRequest, status: "cancelled" });
    await userEvent.click(await screen.findByRole("button", { name: "Cancel request for Night operator of Payments" }));
    await userEvent.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Cancel request" }));
    expect(userApi.post).toHaveBeenCalledWith("/requests/r1/cancel");
    expect(await screen.findByText("Cancelled your request for Night operator of Payments.")).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
  });

  it("reads the requests again when a cancellation is refused because the request was decided meanwhile", async () => {
    const { userApi } = render();
    userApi.post.mockRejectedValue(new ApiError(409, "the request is no longer pending", "id"));
    await userEvent.click(await screen.findByRole("button", { name: "Cancel request for Night operator of Payments" }));
    const dialog = screen.getByRole("dialog");
    await userEvent.click(within(dialog).getByRole("button", { name: "Cancel request" }));
    expect(await within(dialog).findByText(/the request is no longer pending/)).toBeInTheDocument();
    await cancelAndExpectReadAgain(dialog, userApi, "/requests");
  });
});
