import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { fakeApi, renderWithConsole } from "../test/console";
import { campaignFinding, networkFinding } from "./fixtures";
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
      expect(api.get).toHaveBeenLastCalledWith("/anomaly-findings", {
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
    await waitFor(() => expect(api.get).toHaveBeenLastCalledWith("/anomaly-findings", expect.objectContaining({ from: expect.any(String) })));
    const from = Date.parse(api.get.mock.lastCall![1].from);
    expect(before - from).toBeGreaterThanOrEqual(7 * 24 * 3_600_000 - 60_000);
    expect(before - from).toBeLessThanOrEqual(7 * 24 * 3_600_000 + 60_000);
  });

  it("shows the empty state", async () => {
    const api = fakeApi();
    api.get.mockResolvedValue([]);
    renderWithConsole(<FindingsPage />, { api, path: "findings" });
    expect(await screen.findByText("No findings")).toBeInTheDocument();
  });
});
