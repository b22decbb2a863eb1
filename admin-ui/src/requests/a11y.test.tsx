import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expectNoSeriousViolations } from "../test/accessibility";
import { answerGets, fakeApi, renderWithConsole, userOnlyPermissions } from "../test/console";
import { ApprovalsPage } from "./ApprovalsPage";
import { groupItem, pendingRequest, requestable, roleItem } from "./fixtures";
import { MyAccessPage } from "./MyAccessPage";
import { RequestsPage } from "./RequestsPage";

function apis() {
  const api = fakeApi();
  answerGets(api, {
    "/runtime-access/requests/items": [roleItem, groupItem],
    "/runtime-access/solutions": [],
    "/runtime-access/groups": [],
    "/users/u-amy": { id: "u-amy", username: "amy" },
  });
  const userApi = fakeApi();
  answerGets(userApi, { "/requests/requestable": requestable, "/requests": [pendingRequest], "/requests/approvals": [pendingRequest] });
  return { api, userApi };
}

describe("accessibility of the access-request pages (axe, serious and critical)", () => {
  it("requestable items with the item dialog open", async () => {
    renderWithConsole(<RequestsPage />, { ...apis(), path: "requests" });
    await userEvent.click(await screen.findByRole("button", { name: "Create requestable item" }));
    await screen.findByLabelText(/^Longest duration/);
    await expectNoSeriousViolations();
  });

  it("my access with the request dialog open", async () => {
    renderWithConsole(<MyAccessPage />, { ...apis(), path: "my-access", permissions: userOnlyPermissions });
    await userEvent.click(await screen.findByRole("button", { name: "Request Night operator of Payments" }));
    await screen.findByLabelText(/^Duration/);
    await expectNoSeriousViolations();
  });

  it("approvals with the decision dialog open", async () => {
    renderWithConsole(<ApprovalsPage />, { ...apis(), path: "approvals", permissions: userOnlyPermissions });
    await userEvent.click(await screen.findByRole("button", { name: "Approve ray Night operator of Payments" }));
    await screen.findByLabelText("Comment");
    await expectNoSeriousViolations();
  });
});
