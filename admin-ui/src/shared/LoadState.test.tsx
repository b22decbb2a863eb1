import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ApiError } from "../api/client";
import { ApiErrorAlert } from "./ApiErrorAlert";
import { ErrorView } from "./LoadState";

describe("ErrorView", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("offers to sign in again when the server still refuses the renewed token, not a retry that cannot help", async () => {
    const reload = vi.fn();
    vi.stubGlobal("location", { ...window.location, reload });
    const retry = vi.fn();
    render(<ErrorView error={new ApiError(401, "HTTP 401 Unauthorized")} onRetry={retry} />);
    expect(screen.getByText("Your session has ended or is no longer accepted.")).toBeInTheDocument();
    expect(screen.queryByText("HTTP 401 Unauthorized")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Try again" })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Sign in again" }));
    expect(reload).toHaveBeenCalled();
    expect(retry).not.toHaveBeenCalled();
  });

  it("keeps Try again for any other error", () => {
    render(<ErrorView error={new ApiError(0, "The server did not answer within 120 seconds.")} onRetry={() => {}} />);
    expect(screen.getByRole("button", { name: "Try again" })).toBeInTheDocument();
  });

  it("says the same in a form's alert", () => {
    render(<ApiErrorAlert error={new ApiError(401, "HTTP 401 Unauthorized")} />);
    expect(screen.getByText("Your session has ended or is no longer accepted.")).toBeInTheDocument();
  });
});
