import { render, type RenderResult } from "@testing-library/react";
import type { ReactElement } from "react";
import { MemoryRouter, Route, Routes } from "react-router-dom";
import type { Api } from "../api/client";
import { ConsoleContext, type Permissions } from "../app/ConsoleContext";

/** An Api whose every method is a mock: tests script answers with `mockImplementation` and read the calls. */
export type FakeApi = { [K in keyof Api]: ReturnType<typeof vi.fn> } & Api;

export function fakeApi(): FakeApi {
  return { get: vi.fn(), post: vi.fn(), put: vi.fn(), del: vi.fn() } as unknown as FakeApi;
}

export const allPermissions: Permissions = {
  realm: "acme",
  viewUsers: true,
  manageUsers: true,
  viewEvents: true,
  manageEvents: true,
  viewRealm: true,
  manageRealm: true,
};

export const viewOnlyPermissions: Permissions = {
  ...allPermissions,
  manageUsers: false,
  manageEvents: false,
  manageRealm: false,
};

/**
 * Renders a page inside the console context and a router, in either of two ways:
 * - `path` is an absolute route pattern (e.g. `/:realm/solutions/:id`) and `at` the URL to open;
 * - `path` is a URL relative to `#/acme/` (e.g. `groups/g1`) and `route` its pattern relative to the realm
 *   (e.g. `groups/:id`).
 */
export function renderWithConsole(
  ui: ReactElement,
  {
    api = fakeApi(),
    permissions = {},
    path,
    at,
    route,
  }: { api?: Api; permissions?: Partial<Permissions>; path?: string; at?: string; route?: string } = {},
): RenderResult & { api: Api } {
  const absolute = at !== undefined || (path ?? "").startsWith("/");
  const pattern = absolute ? (path ?? "/:realm/*") : `/:realm/${route ?? path ?? ""}`;
  const url = absolute ? (at ?? "/acme") : `/acme/${path ?? ""}`;
  const value = { loginRealm: "acme", realm: "acme", username: "admin", permissions: { ...allPermissions, ...permissions }, api };
  const result = render(
    <ConsoleContext.Provider value={value}>
      <MemoryRouter initialEntries={[url]} future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
        <Routes>
          <Route path={pattern} element={ui} />
          <Route path="*" element={<div data-testid="elsewhere" />} />
        </Routes>
      </MemoryRouter>
    </ConsoleContext.Provider>,
  );
  return { ...result, api };
}

/** Routes GET calls by path (exactly, or the path with a query) to canned answers (functions get the query); unknown paths reject. */
export function answerGets(api: FakeApi, answers: Record<string, unknown | ((query?: Record<string, unknown>) => unknown)>) {
  api.get.mockImplementation(async (path: string, query?: Record<string, unknown>) => {
    const key = Object.keys(answers)
      .sort((a, b) => b.length - a.length)
      .find((prefix) => path === prefix || path.startsWith(prefix + "?"));
    if (key === undefined) throw new Error(`unexpected GET ${path}`);
    const answer = answers[key];
    return typeof answer === "function" ? (answer as (q?: Record<string, unknown>) => unknown)(query) : answer;
  });
}
