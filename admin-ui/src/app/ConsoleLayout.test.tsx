import { render, screen, within } from "@testing-library/react";
import { MemoryRouter } from "react-router-dom";
import { allPermissions, fakeApi, userOnlyPermissions } from "../test/console";
import { ConsoleContext } from "./ConsoleContext";
import { ConsoleLayout, FIRST_RENDER_MARK } from "./ConsoleLayout";

function layout(permissions = allPermissions) {
  const api = fakeApi();
  return (
    <ConsoleContext.Provider value={{ loginRealm: "acme", realm: "acme", username: "admin", permissions, api, userApi: api }}>
      <MemoryRouter initialEntries={["/acme/solutions"]} future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
        <ConsoleLayout rootApi={api} onSignOut={() => undefined}>
          <p>page</p>
        </ConsoleLayout>
      </MemoryRouter>
    </ConsoleContext.Provider>
  );
}

describe("ConsoleLayout", () => {
  it("marks the first render once per page load, for the browser tests' timing", () => {
    expect(performance.getEntriesByName(FIRST_RENDER_MARK, "mark")).toHaveLength(0);
    const first = render(layout());
    expect(performance.getEntriesByName(FIRST_RENDER_MARK, "mark")).toHaveLength(1);
    first.unmount();
    // A realm switch remounts the layout; that is no first render.
    render(layout());
    expect(performance.getEntriesByName(FIRST_RENDER_MARK, "mark")).toHaveLength(1);
  });

  it("lists the access-intelligence pages in their own navigation group, for admins who view users", () => {
    render(layout());
    // jsdom's window is narrower than PatternFly's breakpoint, so the sidebar starts collapsed (hidden).
    const group = screen.getByRole("heading", { name: "Access intelligence", hidden: true }).closest("section")!;
    expect(within(group).getAllByRole("link", { hidden: true }).map((link) => link.textContent)).toEqual([
      "Proposals",
      "Separation of duties",
      "Dormant and unused",
      "Role mining",
      "Governance settings",
    ]);
    expect(within(group).getByRole("link", { name: "Proposals", hidden: true })).toHaveAttribute("href", "/acme/proposals");
    expect(screen.getByRole("link", { name: "Solutions", hidden: true }).closest("section")).toBeNull();
  });

  it("marks the page shown as the current one in the navigation, for the eye and for screen readers", () => {
    render(layout());
    const current = screen.getByRole("link", { name: "Solutions", hidden: true });
    expect(current).toHaveAttribute("aria-current", "page");
    expect(current).toHaveClass("pf-m-current");
    const other = screen.getByRole("link", { name: "Proposals", hidden: true });
    expect(other).not.toHaveAttribute("aria-current");
    expect(other).not.toHaveClass("pf-m-current");
  });

  it("hides the group from an admin who cannot view users", () => {
    render(layout({ ...allPermissions, viewUsers: false, manageUsers: false }));
    expect(screen.queryByText("Access intelligence")).not.toBeInTheDocument();
  });

  it("shows a realm user without admin rights only their own pages: my access, approvals and my reviews", () => {
    render(layout(userOnlyPermissions));
    const group = screen.getByRole("heading", { name: "Access requests", hidden: true }).closest("section")!;
    expect(within(group).getAllByRole("link", { hidden: true }).map((link) => link.textContent)).toEqual(["My access", "Approvals", "My reviews"]);
    expect(within(screen.getByRole("navigation", { name: "Runtime Access navigation", hidden: true })).getAllByRole("link", { hidden: true })).toHaveLength(3);
  });

  it("adds the requestable items and the access reviews for an admin who views users", () => {
    render(layout());
    const group = screen.getByRole("heading", { name: "Access requests", hidden: true }).closest("section")!;
    expect(within(group).getAllByRole("link", { hidden: true }).map((link) => link.textContent)).toEqual(["Requestable access", "Access reviews", "My access", "Approvals", "My reviews"]);
  });
});
