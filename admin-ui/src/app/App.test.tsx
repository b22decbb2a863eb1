import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { allPermissions } from "../test/console";
import { App } from "./App";

const server = "http://kc";

/** The server as the console reaches it: whoami and the solutions of each realm, and the realms a master admin sees. */
function serve(): ReturnType<typeof vi.fn> {
  const fetch = vi.fn(async (url: string) => {
    const { pathname } = new URL(url);
    const realm = /^\/admin\/realms\/([^/]+)\//.exec(pathname)?.[1];
    const body =
      pathname === "/admin/realms"
        ? [{ realm: "master" }, { realm: "globex" }]
        : pathname.endsWith("/runtime-access/whoami")
          ? { ...allPermissions, realm, selfService: undefined }
          : pathname.endsWith("/runtime-access/solutions")
            ? [{ id: `${realm}-1`, name: `Solution of ${realm}`, builds: [] }]
            : undefined;
    return body === undefined ? new Response("{}", { status: 404 }) : new Response(JSON.stringify(body), { status: 200 });
  });
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

const session = { username: "admin", token: async () => "token", signOut: () => undefined };

describe("App", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    window.location.hash = "";
  });

  it("starts the picked realm afresh: nothing of the page left in the previous realm reaches the new one", async () => {
    const fetch = serve();
    window.location.hash = "#/master/solutions";
    render(<App location={{ serverUrl: server, realm: "master" }} session={session} />);
    expect(await screen.findByText("Solution of master")).toBeInTheDocument();
    await userEvent.type(screen.getByRole("textbox", { name: "Search solutions" }), "pay{Enter}");
    await waitFor(() => expect(fetch).toHaveBeenCalledWith(expect.stringContaining("/realms/master/runtime-access/solutions?search=pay"), expect.anything()));

    await userEvent.click(screen.getByRole("button", { name: "Realm" }));
    await userEvent.click(await screen.findByRole("option", { name: "globex" }));

    expect(await screen.findByText("Solution of globex")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Search solutions" })).toHaveValue("");
    const globexLists = fetch.mock.calls.map(([url]) => String(url)).filter((url) => url.includes("/realms/globex/runtime-access/solutions"));
    expect(globexLists.length).toBeGreaterThan(0);
    // the master realm's search was the admin's question about master, not about globex
    expect(globexLists.filter((url) => url.includes("search="))).toEqual([]);
  });
});
