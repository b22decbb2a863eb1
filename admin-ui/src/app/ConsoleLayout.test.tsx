import { render } from "@testing-library/react";
import { MemoryRouter } from "react-router-dom";
import { allPermissions, fakeApi } from "../test/console";
import { ConsoleContext } from "./ConsoleContext";
import { ConsoleLayout, FIRST_RENDER_MARK } from "./ConsoleLayout";

function layout() {
  const api = fakeApi();
  return (
    <ConsoleContext.Provider value={{ loginRealm: "acme", realm: "acme", username: "admin", permissions: allPermissions, api }}>
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
});
