import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ApiError } from "../api/client";
import { fakeApi, renderWithConsole } from "../test/console";
import { readText } from "./ImportSection";
import { TransferPage } from "./TransferPage";

const exported = { roles: [{ name: "approver" }], solutions: [], groups: [], grants: [] };

function jsonFile(content: string) {
  return new File([content], "export.json", { type: "application/json" });
}

const plan = {
  dryRun: true,
  applied: false,
  created: ["role approver", "build Loans/2"],
  updated: ["group Claim Handlers"],
  unchanged: 4,
  skipped: ["grant Loans user:erin approver expired at 2026-01-01T00:00:00Z"],
  problems: [],
};

describe("TransferPage", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("downloads the export as runtime-access-{realm}.json", async () => {
    const api = fakeApi();
    api.get.mockResolvedValue(exported);
    const createObjectURL = vi.fn((_blob: Blob) => "blob:export");
    vi.stubGlobal("URL", Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const clicked: HTMLAnchorElement[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    renderWithConsole(<TransferPage />, { api });
    await userEvent.click(screen.getByRole("button", { name: "Download export" }));
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(api.get).toHaveBeenCalledWith("/runtime-access/export");
    expect(clicked[0].download).toBe("runtime-access-acme.json");
    expect(JSON.parse(await readText(createObjectURL.mock.calls[0][0]))).toEqual(exported);
    click.mockRestore();
  });

  it("shows the dry run as a diff, then applies it", async () => {
    const api = fakeApi();
    api.post.mockImplementation(async (_path: string, _body: unknown, query: { dryRun: boolean }) =>
      query.dryRun ? plan : { ...plan, dryRun: false, applied: true },
    );
    renderWithConsole(<TransferPage />, { api });
    await userEvent.upload(screen.getByLabelText("Import file"), jsonFile(JSON.stringify(exported)));
    const dryRun = await screen.findByTestId("dry-run-plan");
    expect(api.post).toHaveBeenCalledWith("/runtime-access/import", exported, { dryRun: true });
    expect(within(dryRun).getByTestId("dry-run-plan-created")).toHaveTextContent("role approver");
    expect(within(dryRun).getByTestId("dry-run-plan-created")).toHaveTextContent("build Loans/2");
    expect(within(dryRun).getByTestId("dry-run-plan-updated")).toHaveTextContent("group Claim Handlers");
    expect(within(dryRun).getByTestId("dry-run-plan-unchanged")).toHaveTextContent("4");
    expect(within(dryRun).getByTestId("dry-run-plan-skipped")).toHaveTextContent("expired at 2026-01-01");
    expect(within(dryRun).getByTestId("dry-run-plan-problems")).toHaveTextContent("0");
    await userEvent.click(screen.getByRole("button", { name: "Apply import" }));
    expect(await screen.findByText("Import applied")).toBeInTheDocument();
    expect(api.post).toHaveBeenLastCalledWith("/runtime-access/import", exported, { dryRun: false });
    expect(screen.getByTestId("applied-plan-created")).toHaveTextContent("role approver");
  });

  it("runs a dry run again when the same file is chosen again, after it was fixed", async () => {
    const api = fakeApi();
    api.post.mockResolvedValue(plan);
    renderWithConsole(<TransferPage />, { api });
    const file = jsonFile(JSON.stringify(exported));
    await userEvent.upload(screen.getByLabelText("Import file"), file);
    await screen.findByTestId("dry-run-plan");
    await userEvent.upload(screen.getByLabelText("Import file"), file);
    await waitFor(() => expect(api.post).toHaveBeenCalledTimes(2));
  });

  it("lists problems with their field and keeps apply disabled", async () => {
    const api = fakeApi();
    const refused = { ...plan, problems: ["grants[0].principal: unknown user 'zed'", "solutions[1].activeBuild: is required"] };
    api.post.mockRejectedValue(new ApiError(400, "HTTP 400", undefined, refused));
    renderWithConsole(<TransferPage />, { api });
    await userEvent.upload(screen.getByLabelText("Import file"), jsonFile(JSON.stringify(exported)));
    const problems = await screen.findByTestId("dry-run-plan-problems");
    expect(within(problems).getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "Field: grants[0].principal unknown user 'zed'",
      "Field: solutions[1].activeBuild is required",
    ]);
    expect(screen.getByRole("button", { name: "Apply import" })).toBeDisabled();
  });

  it("says when the file is not JSON, without calling the server", async () => {
    const api = fakeApi();
    renderWithConsole(<TransferPage />, { api });
    fireEvent.change(screen.getByLabelText("Import file"), { target: { files: [jsonFile("{not json")] } });
    expect(await screen.findByText(/The file is not valid JSON/)).toBeInTheDocument();
    expect(api.post).not.toHaveBeenCalled();
  });

  it("offers only the download to view-only admins", () => {
    renderWithConsole(<TransferPage />, { permissions: { manageUsers: false } });
    expect(screen.getByRole("button", { name: "Download export" })).toBeInTheDocument();
    expect(screen.queryByLabelText("Import file")).not.toBeInTheDocument();
  });
});
