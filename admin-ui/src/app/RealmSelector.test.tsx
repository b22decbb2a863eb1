import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router-dom";
import type { Api } from "../api/client";
import { fakeApi } from "../test/console";
import { RealmSelector } from "./RealmSelector";

function selector(api: ReturnType<typeof fakeApi>) {
  render(
    <MemoryRouter initialEntries={["/acme/solutions"]} future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
      <RealmSelector rootApi={api as unknown as Api} realm="acme" />
    </MemoryRouter>,
  );
}

describe("RealmSelector", () => {
  it("lists the realms the admin may see", async () => {
    const api = fakeApi();
    api.get.mockResolvedValue([{ realm: "acme" }, { realm: "globex" }]);
    selector(api);
    await userEvent.click(screen.getByRole("button", { name: "Realm" }));
    expect(await screen.findByRole("option", { name: "globex" })).toBeInTheDocument();
  });

  it("says the realms could not be read, rather than showing the current realm as the only one, and tries again", async () => {
    const api = fakeApi();
    api.get.mockRejectedValueOnce(new Error("HTTP 502")).mockResolvedValueOnce([{ realm: "acme" }, { realm: "globex" }]);
    selector(api);
    await userEvent.click(screen.getByRole("button", { name: "Realm" }));
    expect(await screen.findByText("The other realms could not be read: HTTP 502")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("option", { name: /Try again/ }));
    expect(await screen.findByRole("option", { name: "globex" })).toBeInTheDocument();
    expect(api.get).toHaveBeenCalledTimes(2);
  });
});
