import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ApiError, createApi } from "../api/client";
import { answerGets, fakeApi, renderWithConsole, userOnlyPermissions, type FakeApi } from "../test/console";
import { ApprovalsPage } from "./ApprovalsPage";
import { pendingRequest, requestable } from "./fixtures";

function render(waiting = [pendingRequest]): { api: FakeApi; userApi: FakeApi } {
  const api = fakeApi();
  const userApi = fakeApi();
  answerGets(userApi, { "/requests/approvals": waiting, "/requests/requestable": requestable });
  renderWithConsole(<ApprovalsPage />, { api, userApi, path: "approvals", permissions: userOnlyPermissions });
  return { api, userApi };
}

describe("ApprovalsPage", () => {
  it("lists what waits for the approver, through the user API only", async () => {
    const { api } = render();
    const row = await screen.findByTestId("request-r1");
    expect(row).toHaveTextContent("ray");
    expect(row).toHaveTextContent("Night operator of Payments");
    expect(row).toHaveTextContent("4 h");
    expect(row).toHaveTextContent("night run");
    expect(row).toHaveTextContent("Ticket OPS-7");
    expect(api.get).not.toHaveBeenCalled();
  });

  it("approves with a comment and says the access is given", async () => {
    const { userApi } = render();
    userApi.post.mockResolvedValue({ ...pendingRequest, status: "active" });
    await userEvent.click(await screen.findByRole("button", { name: "Approve ray Night operator of Payments" }));
    const dialog = screen.getByRole("dialog");
    expect(dialog).toHaveTextContent("ray asks for Night operator of Payments.");
    await userEvent.type(within(dialog).getByLabelText("Comment"), "ok for tonight");
    await userEvent.click(within(dialog).getByRole("button", { name: "Approve" }));
    expect(userApi.post).toHaveBeenCalledWith("/requests/r1/approve", { comment: "ok for tonight" });
    expect(await screen.findByText("Approved: ray has the access now.")).toBeInTheDocument();
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });

  it("rejects without a comment", async () => {
    const { userApi } = render();
    userApi.post.mockResolvedValue({ ...pendingRequest, status: "rejected" });
    await userEvent.click(await screen.findByRole("button", { name: "Reject ray Night operator of Payments" }));
    await userEvent.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Reject" }));
    expect(userApi.post).toHaveBeenCalledWith("/requests/r1/reject", {});
    expect(await screen.findByText("The request of ray is rejected.")).toBeInTheDocument();
  });

  it("shows the server's sentence when it refuses, such as a self-approval (403) or a separation-of-duties rule (409)", async () => {
    const { userApi } = render();
    const refusal = (status: number, body: object) => async () => new Response(JSON.stringify(body), { status });
    const refused = createApi("", async () => "t", vi.fn(refusal(403, { error: "self_approval", field: "id", message: "you cannot decide your own request" })) as unknown as typeof fetch);
    const sod = createApi("", async () => "t", vi.fn(refusal(409, { error: "sod_violation", field: "sodOverride", message: "'ray' would hold grant:s1:operator and grant:s1:payer, which separation-of-duties rule 'Pay' forbids together" })) as unknown as typeof fetch);
    userApi.post.mockImplementationOnce(() => refused.post("/x")).mockImplementationOnce(() => sod.post("/x"));
    await userEvent.click(await screen.findByRole("button", { name: "Approve ray Night operator of Payments" }));
    const dialog = screen.getByRole("dialog");
    await userEvent.click(within(dialog).getByRole("button", { name: "Approve" }));
    expect(await within(dialog).findByText("you cannot decide your own request")).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole("button", { name: "Approve" }));
    expect(await within(dialog).findByText(/separation-of-duties rule 'Pay' forbids together/)).toBeInTheDocument();
  });

  it("reads the list again when the request was decided meanwhile, so its buttons go away", async () => {
    const { userApi } = render();
    userApi.post.mockRejectedValue(new ApiError(409, "id: the request is no longer pending", "id"));
    await userEvent.click(await screen.findByRole("button", { name: "Approve ray Night operator of Payments" }));
    const dialog = screen.getByRole("dialog");
    await userEvent.click(within(dialog).getByRole("button", { name: "Approve" }));
    expect(await within(dialog).findByText("id: the request is no longer pending")).toBeInTheDocument();
    const reads = userApi.get.mock.calls.filter(([path]) => path === "/requests/approvals").length;
    answerGets(userApi, { "/requests/approvals": [], "/requests/requestable": requestable });
    await userEvent.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect(await screen.findByText("Nothing waits for you")).toBeInTheDocument();
    expect(userApi.get.mock.calls.filter(([path]) => path === "/requests/approvals").length).toBe(reads + 1);
  });

  it("does not read the list again when the dialog is cancelled untried", async () => {
    const { userApi } = render();
    await userEvent.click(await screen.findByRole("button", { name: "Reject ray Night operator of Payments" }));
    await userEvent.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Cancel" }));
    expect(userApi.get.mock.calls.filter(([path]) => path === "/requests/approvals")).toHaveLength(1);
  });

  it("pages on the server: asks for one row more than it shows, and the next page from where this one ends", async () => {
    const many = Array.from({ length: 21 }, (_, i) => ({ ...pendingRequest, id: `r${i}` }));
    const { userApi } = render(many);
    expect(await screen.findByTestId("request-r19")).toBeInTheDocument();
    expect(screen.queryByTestId("request-r20")).not.toBeInTheDocument();
    expect(userApi.get).toHaveBeenCalledWith("/requests/approvals", { first: 0, max: 21 });
    await userEvent.click(screen.getAllByRole("button", { name: "Next page" })[0]);
    await waitFor(() => expect(userApi.get).toHaveBeenCalledWith("/requests/approvals", { first: 20, max: 21 }));
  });

  it("says when nothing waits", async () => {
    render([]);
    expect(await screen.findByText("Nothing waits for you")).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole("button", { name: /Approve/ })).not.toBeInTheDocument());
  });
});
