import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { answerGets, fakeApi, renderWithConsole, type FakeApi } from "../test/console";
import type { Permissions } from "../app/ConsoleContext";
import { campaignFinding, failedTicket, findingTicket, networkFinding } from "./fixtures";
import { FindingPage } from "./FindingPage";

function render(api: FakeApi, permissions: Partial<Permissions> = {}, id = "f1") {
  renderWithConsole(<FindingPage />, { api, path: `findings/${id}`, route: "findings/:id", permissions });
}

describe("FindingPage", () => {
  it("shows every reason with its evidence and the event data", async () => {
    const api = fakeApi();
    api.get.mockResolvedValue(networkFinding);
    render(api);
    expect(await screen.findByRole("heading", { level: 1, name: "High finding: New network" })).toBeInTheDocument();
    expect(api.get).toHaveBeenCalledWith("/anomaly-findings/f1");
    const evidence = screen.getByLabelText("Evidence of reason 2");
    expect(within(evidence).getByText("usualCountries").closest(".pf-v5-c-description-list__group")).toHaveTextContent("DE");
    expect(screen.getByLabelText("Evidence of reason 1")).toHaveTextContent("corroboratingOnly");
    const summary = screen.getByLabelText("Summary");
    expect(summary).toHaveTextContent("e8, e9");
    expect(within(summary).getByRole("link", { name: "erin" })).toHaveAttribute("href", "/acme/users/u1");
    expect(screen.getByTestId("finding-status")).toHaveTextContent("Open");
  });

  it("dismisses through the API after confirming and shows the new status", async () => {
    const api = fakeApi();
    api.get.mockResolvedValue(networkFinding);
    api.post.mockResolvedValue({ ...networkFinding, status: "dismissed", statusBy: "admin-id", statusByUsername: "admin" });
    render(api);
    await userEvent.click(await screen.findByRole("button", { name: "Dismiss" }));
    expect(api.post).not.toHaveBeenCalled();
    await userEvent.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Dismiss" }));
    expect(api.post).toHaveBeenCalledWith("/anomaly-findings/f1/dismiss", {});
    expect(await screen.findByTestId("finding-status")).toHaveTextContent("Dismissed");
    expect(screen.getByText("Status set by").closest(".pf-v5-c-description-list__group")).toHaveTextContent("admin");
    expect(screen.queryByText("admin-id")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Dismiss" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Confirm" })).not.toBeInTheDocument();
  });

  it("offers no confirmation of a dismissed finding, which the server refuses", async () => {
    const api = fakeApi();
    api.get.mockResolvedValue({ ...networkFinding, status: "dismissed" });
    render(api);
    expect(await screen.findByTestId("finding-status")).toHaveTextContent("Dismissed");
    expect(screen.queryByRole("button", { name: "Confirm" })).not.toBeInTheDocument();
  });

  it("confirms (acknowledges) through the API", async () => {
    const api = fakeApi();
    api.get.mockResolvedValue(networkFinding);
    api.post.mockResolvedValue({ ...networkFinding, status: "acknowledged" });
    render(api);
    await userEvent.click(await screen.findByRole("button", { name: "Confirm" }));
    await userEvent.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Confirm" }));
    expect(api.post).toHaveBeenCalledWith("/anomaly-findings/f1/acknowledge", {});
    expect(await screen.findByTestId("finding-status")).toHaveTextContent("Confirmed");
  });

  it("offers no decision without manage-events, and no dismissal without manage-users", async () => {
    const api = fakeApi();
    api.get.mockResolvedValue(networkFinding);
    render(api, { manageEvents: false });
    await screen.findByTestId("finding-status");
    expect(screen.queryByRole("button", { name: "Dismiss" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Confirm" })).not.toBeInTheDocument();
  });

  it("offers confirming but not dismissing to an events manager who cannot manage users", async () => {
    const api = fakeApi();
    api.get.mockResolvedValue(networkFinding);
    render(api, { manageEvents: true, manageUsers: false });
    expect(await screen.findByRole("button", { name: "Confirm" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Dismiss" })).not.toBeInTheDocument();
  });

  it("says a realm-level finding is about the realm", async () => {
    const api = fakeApi();
    api.get.mockResolvedValue(campaignFinding);
    render(api, {}, "f2");
    expect(await screen.findByText("The realm (no single user)")).toBeInTheDocument();
  });

  it("shows the finding's Jira ticket, read from the tickets' outbox by source, linked to the issue", async () => {
    const api = fakeApi();
    answerGets(api, { "/anomaly-findings/f1": networkFinding, "/runtime-access/tickets/outbox": [findingTicket] });
    render(api);
    const ticket = await screen.findByLabelText("Jira ticket");
    expect(api.get).toHaveBeenCalledWith("/runtime-access/tickets/outbox", { sourceKind: "finding", sourceId: ["f1"] });
    expect(within(ticket).getByRole("link", { name: "SOC-9 in Jira (opens a new tab)" })).toHaveAttribute("href", "https://acme.atlassian.net/browse/SOC-9");
    expect(within(ticket).getByRole("link", { name: /SOC-9/ })).toHaveAttribute("target", "_blank");
    expect(within(ticket).getByTestId("ticket-status")).toHaveTextContent("In Progress");
    expect(within(ticket).queryByTestId("ticket-last-error")).not.toBeInTheDocument();
  });

  it("shows a ticket Jira refused with its last error and no link", async () => {
    const api = fakeApi();
    answerGets(api, { "/anomaly-findings/f1": networkFinding, "/runtime-access/tickets/outbox": [failedTicket] });
    render(api);
    const ticket = await screen.findByLabelText("Jira ticket");
    expect(ticket).toHaveTextContent("Not opened in Jira yet");
    expect(within(ticket).getByTestId("ticket-status")).toHaveTextContent("Could not be opened");
    expect(within(ticket).getByTestId("ticket-last-error")).toHaveTextContent('HTTP 400: {"errors":{"customfield_10100":"Field cannot be set"}}');
    expect(within(ticket).queryByRole("link")).not.toBeInTheDocument();
  });

  it("shows no ticket when there is none, and does not ask without view-realm", async () => {
    const api = fakeApi();
    answerGets(api, { "/anomaly-findings/f1": networkFinding, "/runtime-access/tickets/outbox": [] });
    render(api);
    await screen.findByTestId("finding-status");
    await waitFor(() => expect(api.get).toHaveBeenCalledWith("/runtime-access/tickets/outbox", expect.anything()));
    expect(screen.queryByLabelText("Jira ticket")).not.toBeInTheDocument();

    cleanup();
    const viewer = fakeApi();
    answerGets(viewer, { "/anomaly-findings/f1": networkFinding });
    render(viewer, { viewRealm: false });
    // the viewer's own finding has loaded (the tickets would be asked for after it), then nothing asked for them
    await waitFor(() => expect(viewer.get).toHaveBeenCalledWith("/anomaly-findings/f1"));
    await screen.findByTestId("finding-status");
    expect(viewer.get).not.toHaveBeenCalledWith("/runtime-access/tickets/outbox", expect.anything());
  });

  it("keeps the finding page when the tickets cannot be read", async () => {
    const api = fakeApi();
    answerGets(api, {
      "/anomaly-findings/f1": networkFinding,
      "/runtime-access/tickets/outbox": () => Promise.reject(new Error("HTTP 404")),
    });
    render(api);
    expect(await screen.findByTestId("finding-status")).toHaveTextContent("Open");
    await waitFor(() => expect(api.get).toHaveBeenCalledWith("/runtime-access/tickets/outbox", expect.anything()));
    expect(screen.queryByLabelText("Jira ticket")).not.toBeInTheDocument();
    expect(screen.queryByText("Could not load this page")).not.toBeInTheDocument();
  });
});
