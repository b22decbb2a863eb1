import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ApiError } from "../api/client";
import { RealmRefused } from "./RealmRefused";

describe("RealmRefused", () => {
  it("offers the way back to the admin's own realm and signing out, beside the error", async () => {
    const signOut = vi.fn();
    render(<RealmRefused error={new ApiError(403, "HTTP 403 Forbidden")} onRetry={() => undefined} realm="other"
      loginRealm="master" onSignOut={signOut} />);
    expect(screen.getByText("You do not have permission to see this.")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Back to master" })).toHaveAttribute("href", "#/master");
    await userEvent.click(screen.getByRole("button", { name: "Sign out" }));
    expect(signOut).toHaveBeenCalled();
  });

  it("has no way back when the refusing realm is the admin's own", () => {
    render(<RealmRefused error={new Error("offline")} onRetry={() => undefined} realm="acme" loginRealm="acme"
      onSignOut={() => undefined} />);
    expect(screen.queryByRole("link", { name: /Back to/ })).not.toBeInTheDocument();
  });
});
