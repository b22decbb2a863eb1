import { render, screen } from "@testing-library/react";
import { ApiError } from "../api/client";
import { ApiErrorAlert } from "./ApiErrorAlert";

describe("ApiErrorAlert", () => {
  it("is a live region, so a screen reader announces the refusal where it appears", () => {
    render(<ApiErrorAlert error={new ApiError(409, "another admin changed it meanwhile")} />);
    const alert = screen.getByText("another admin changed it meanwhile").closest("[aria-live]");
    expect(alert).toHaveAttribute("aria-live", "polite");
  });

  it("shows nothing without an error", () => {
    const { container } = render(<ApiErrorAlert error={undefined} />);
    expect(container).toBeEmptyDOMElement();
  });
});
