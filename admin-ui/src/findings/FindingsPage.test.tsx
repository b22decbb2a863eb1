import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { answerGets, fakeApi, renderWithConsole, viewOnlyPermissions } from "../test/console";
import { campaignFinding, findingTicket, networkFinding } from "./fixtures";
import { FindingsPage } from "./FindingsPage";

describe("FindingsPage", () => {
  it("lists findings with severity, user, address, detection and the strongest reason", async () => {
    const api = fakeApi();
    api.get.mockResolvedValue([networkFinding, campaignFinding]);
    renderWithConsole(<FindingsPage />, { api, path: "findings" });
    const row = await screen.findByTestId("row-f1");
    expect(within(row).getByText("High").closest(".pf-v5-c-label")).toHaveClass("pf-m-orange");
    expect(row).toHaveTextContent("erin");
    expect(row).toHaveTextContent("203.0.113.7");
    expect(row).toHaveTextContent("First sign-in from Brazil; usually Germany");
    expect(row).not.toHaveTextContent("Signed in at 03:00");
    expect(row).toHaveTextContent("Open");
    expect(within(row).getByRole("link", { name: "New network" })).toHaveAttribute("href", "/acme/findings/f1");
    const realmRow = screen.getByTestId("row-f2");
    expect(within(realmRow).getAllByRole("cell")[2]).toHaveTextContent("—");
    expect(within(realmRow).getByText("Critical").closest(".pf-v5-c-label")).toHaveClass("pf-m-red");
    expect(api.get).toHaveBeenCalledWith("/anomaly-findings", { first: 0, max: 21 });
  });

  it("sends every filter as a query parameter and starts again at the first page", async () => {
    const api = fakeApi();
    api.get.mockResolvedValue([networkFinding]);
    renderWithConsole(<FindingsPage />, { api, path: "findings" });
    await screen.findByTestId("row-f1");
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Severity" }), "High");
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Status" }), "Dismissed");
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Detection" }), "Brute force");
    await userEvent.type(screen.getByRole("textbox", { name: "Filter by user" }), "erin{Enter}");
    await waitFor(() =>
      expect(api.get).toHaveBeenCalledWith("/anomaly-findings", {
        user: "erin",
        severity: "HIGH",
        status: "dismissed",
        detection: "BRUTE_FORCE",
        first: 0,
        max: 21,
      }),
    );
    const before = Date.now();
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Time" }), "Last 7 days");
    await waitFor(() => expect(api.get).toHaveBeenCalledWith("/anomaly-findings", expect.objectContaining({ from: expect.any(String) })));
    const from = Date.parse(api.get.mock.calls.find(([path, query]) => path === "/anomaly-findings" && query.from)![1].from);
    expect(before - from).toBeGreaterThanOrEqual(7 * 24 * 3_600_000 - 60_000);
    expect(before - from).toBeLessThanOrEqual(7 * 24 * 3_600_000 + 60_000);
  });

  it("shows the empty state", async () => {
    const api = fakeApi();
    api.get.mockResolvedValue([]);
    renderWithConsole(<FindingsPage />, { api, path: "findings" });
    expect(await screen.findByText("No findings")).toBeInTheDocument();
  });

  it("shows each finding's Jira ticket in a column, read in one call for the page", async () => {
    const api = fakeApi();
    answerGets(api, { "/anomaly-findings": [networkFinding, campaignFinding], "/runtime-access/tickets/outbox": [findingTicket] });
    renderWithConsole(<FindingsPage />, { api, path: "findings" });
    const cell = await screen.findByTestId("ticket-f1");
    await waitFor(() => expect(cell).toHaveTextContent("SOC-9 In Progress"));
    expect(within(cell).getByRole("link", { name: "SOC-9 in Jira (opens a new tab)" })).toHaveAttribute("href", "https://acme.atlassian.net/browse/SOC-9");
    expect(screen.getByTestId("ticket-f2")).toHaveTextContent("—");
    expect(screen.getByRole("columnheader", { name: "Jira ticket" })).toBeInTheDocument();
    const ticketCalls = api.get.mock.calls.filter(([path]) => path === "/runtime-access/tickets/outbox");
    expect(ticketCalls).toEqual([["/runtime-access/tickets/outbox", { sourceKind: "finding", sourceId: ["f1", "f2"] }]]);
  });

  it("has no ticket column without view-realm, which the tickets' API needs", async () => {
    const api = fakeApi();
    answerGets(api, { "/anomaly-findings": [networkFinding] });
    renderWithConsole(<FindingsPage />, { api, path: "findings", permissions: { ...viewOnlyPermissions, viewRealm: false } });
    await screen.findByTestId("row-f1");
    expect(screen.queryByRole("columnheader", { name: "Jira ticket" })).not.toBeInTheDocument();
    expect(api.get).not.toHaveBeenCalledWith("/runtime-access/tickets/outbox", expect.anything());
  });
});
