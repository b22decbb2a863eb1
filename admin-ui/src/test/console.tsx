import { ApiError } from "../api/client";
import { render, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactElement } from "react";
import { MemoryRouter, Route, Routes } from "react-router-dom";
import type { Api } from "../api/client";
import { ConsoleContext, type Permissions } from "../app/ConsoleContext";

export type FakeApi = { [K in keyof Api]: ReturnType<typeof vi.fn> } & Api;

/** An Api whose calls are vi.fn(): answer with `api.get.mockImplementation(...)`, inspect the calls afterwards. */
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
  selfService: true,
};

/** A realm user with no admin right: only their own pages (my access, approvals). */
export const userOnlyPermissions: Permissions = {
  realm: "acme",
  viewUsers: false,
  manageUsers: false,
  viewEvents: false,
  manageEvents: false,
  viewRealm: false,
  manageRealm: false,
  selfService: true,
};

export const viewOnlyPermissions: Permissions = {
  ...allPermissions,
  manageUsers: false,
  manageEvents: false,
  manageRealm: false,
};

/**
 * Renders a page as the console would at `#/acme/{path}`: inside the console context and a router whose
 * route `route` (relative to the realm, e.g. "groups/:id") matches `path`.
 */
export function renderWithConsole(
  ui: ReactElement,
  {
    api = fakeApi(),
    userApi = fakeApi(),
    permissions = allPermissions,
    path = "",
    route = path,
  }: { api?: Api; userApi?: Api; permissions?: Partial<Permissions>; path?: string; route?: string } = {},
) {
  const value = {
    loginRealm: "acme",
    realm: "acme",
    username: "admin",
    permissions: { ...allPermissions, ...permissions },
    api,
    userApi,
  };
  return render(
    <ConsoleContext.Provider value={value}>
      <MemoryRouter initialEntries={[`/acme/${path}`]} future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
        <Routes>
          <Route path={`/:realm/${route}`} element={ui} />
          <Route path="*" element={<div data-testid="elsewhere" />} />
        </Routes>
      </MemoryRouter>
    </ConsoleContext.Provider>,
  );
}

/** Routes GET calls by path: `answers[path]` is the body, or a function of the query. Unknown paths reject. */
export function answerGets(api: FakeApi, answers: Record<string, unknown>) {
  api.get.mockImplementation(async (path: string, query?: Record<string, unknown>) => {
    if (!(path in answers)) throw new Error(`unexpected GET ${path}`);
    const answer = answers[path];
    return typeof answer === "function" ? (answer as (q?: Record<string, unknown>) => unknown)(query) : answer;
  });
}

/** The 409 a preventive separation-of-duties rule answers, as the API client raises it. */
export function sodRefusal(rule: string, message: string, itemKeys: string[]): ApiError {
  return new ApiError(409, "sod_violation", "sodOverride", { error: "sod_violation", field: "sodOverride", rule: { id: "r1", name: rule }, itemKeys, message });
}

/**
 * Cancels a dialog that shows the server's refusal and waits until the page reads `path` from `api` again: a refused
 * change means the page showed something out of date.
 */
export async function cancelAndExpectReadAgain(dialog: HTMLElement, api: FakeApi, path: string) {
  const reads = () => api.get.mock.calls.filter(([called]) => called === path).length;
  const before = reads();
  await userEvent.click(within(dialog).getByRole("button", { name: "Cancel" }));
  await waitFor(() => expect(reads()).toBeGreaterThan(before));
}
