import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { PageErrorBoundary } from "./PageErrorBoundary";

let failing = true;

function Fragile() {
  const [label] = useState("page content");
  if (failing) throw new Error("cannot read properties of undefined (reading 'map')");
  return <p>{label}</p>;
}

describe("PageErrorBoundary", () => {
  it("shows a page's rendering error in its place and renders it again on Try again", async () => {
    const quiet = vi.spyOn(console, "error").mockImplementation(() => undefined);
    render(
      <>
        <nav>navigation</nav>
        <PageErrorBoundary>
          <Fragile />
        </PageErrorBoundary>
      </>,
    );
    expect(screen.getByText("cannot read properties of undefined (reading 'map')")).toBeInTheDocument();
    expect(screen.getByText("navigation")).toBeInTheDocument();
    failing = false;
    await userEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(screen.getByText("page content")).toBeInTheDocument();
    quiet.mockRestore();
  });
});
