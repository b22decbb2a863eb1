import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ApiError } from "../api/client";
import { cancelAndExpectReadAgain, sodRefusal } from "../test/console";
import { loans, openTab, setUp, share } from "./solutionPageTestSetup";

/** Opens the Share dialog, picks frank and sends the dialog's default role; the dialog. */
async function shareWithFrank(): Promise<HTMLElement> {
  await openTab("Share");
  await userEvent.click(await screen.findByRole("button", { name: "Share" }));
  const dialog = screen.getByRole("dialog");
  await userEvent.type(within(dialog).getByRole("combobox", { name: "User or group" }), "fra");
  await userEvent.click(await within(dialog).findByText("frank"));
  await userEvent.click(within(dialog).getByRole("button", { name: "Share" }));
  return dialog;
}

/** The solution page's Share tab: listing, the share dialog, refusals. */
describe("SolutionPage share", () => {
  it("lists entries with type, role and expiry, and removes one after confirming", async () => {
    const api = setUp();
    api.del.mockResolvedValue(undefined);
    await openTab("Share");
    const group = await screen.findByTestId("row-Auditors-auditor");
    expect(within(group).getByText("Group")).toBeInTheDocument();
    expect(within(screen.getByTestId("row-erin-auditor")).getByText("Never")).toBeInTheDocument();
    expect(within(screen.getByTestId("row-erin-auditor")).getByText("Just in time")).toBeInTheDocument();
    expect(within(screen.getByTestId("row-erin-auditor")).getByText("admin")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Remove auditor from erin" }));
    const dialog = screen.getByRole("dialog", { name: "Remove auditor from erin?" });
    await userEvent.click(within(dialog).getByRole("button", { name: "Remove" }));
    await waitFor(() => expect(api.del).toHaveBeenCalledWith("/runtime-access/solutions/s1/grants/g1"));
  });

  it("reads the entries again when a removal is refused because another admin removed it first", async () => {
    const api = setUp();
    api.del.mockRejectedValue(new ApiError(404, "no grant g1 in this solution", "grantId"));
    await openTab("Share");
    await userEvent.click(await screen.findByRole("button", { name: "Remove auditor from erin" }));
    const dialog = screen.getByRole("dialog", { name: "Remove auditor from erin?" });
    await userEvent.click(within(dialog).getByRole("button", { name: "Remove" }));
    expect(await within(dialog).findByText(/no grant g1 in this solution/)).toBeInTheDocument();
    await cancelAndExpectReadAgain(dialog, api, "/runtime-access/solutions/s1/share");
  });

  it("finds users and groups as the admin types, and grants the chosen principal a role with an expiry", async () => {
    const api = setUp();
    api.post.mockResolvedValue({});
    await openTab("Share");
    await userEvent.click(await screen.findByRole("button", { name: "Share" }));
    const dialog = screen.getByRole("dialog");
    expect(within(dialog).getByTestId("active-policy-gotcha")).toHaveTextContent(
      "Only roles of the Active Policy (build 1) can be shared: user, auditor.",
    );
    const input = within(dialog).getByRole("combobox", { name: "User or group" });
    await userEvent.type(input, "fra");
    expect(await within(dialog).findByText("Frankfurt office")).toBeInTheDocument();
    expect(api.get).toHaveBeenCalledWith("/users", { search: "fra", max: 10, briefRepresentation: true });
    expect(api.get).toHaveBeenCalledWith("/runtime-access/groups", { search: "fra", max: 10, archived: false });
    // Debounced: one search for the whole word, not one per key.
    expect(api.get.mock.calls.filter(([path]) => path === "/users")).toHaveLength(1);
    expect(within(dialog).getByText(/User · frank@example.com/)).toBeInTheDocument();
    await userEvent.keyboard("{ArrowDown}{ArrowDown}{Enter}");
    expect(input).toHaveValue("Frankfurt office");
    await userEvent.selectOptions(within(dialog).getByRole("combobox", { name: "Role" }), "auditor");
    // a time already past would make a grant that gives nothing: said under the field, and not sent
    const expires = within(dialog).getByLabelText("Expires (optional)");
    await userEvent.type(expires, "2020-06-01T12:30");
    expect(within(dialog).getByText(/Pick a time in the future/)).toBeInTheDocument();
    expect(within(dialog).getByRole("button", { name: "Share" })).toBeDisabled();
    await userEvent.clear(expires);
    await userEvent.type(expires, "2030-06-01T12:30");
    expect(within(dialog).queryByText(/Pick a time in the future/)).not.toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole("button", { name: "Share" }));
    await waitFor(() =>
      expect(api.post).toHaveBeenCalledWith("/runtime-access/solutions/s1/grants", {
        principal: { type: "group", id: "gr9" },
        role: "auditor",
        expiresAt: new Date("2030-06-01T12:30").toISOString(),
      }),
    );
  });

  it("says a failed search failed, rather than that nothing matches", async () => {
    const api = setUp();
    api.get.mockImplementation(async (path: string) => {
      if (path === "/users") throw new ApiError(400, "search: too long", "search");
      if (path === "/runtime-access/solutions/s1") return loans;
      if (path === "/runtime-access/solutions/s1/share") return share;
      if (path === "/runtime-access/solutions/s1/owners") return [];
      return [];
    });
    await openTab("Share");
    await userEvent.click(await screen.findByRole("button", { name: "Share" }));
    const dialog = screen.getByRole("dialog");
    await userEvent.type(within(dialog).getByRole("combobox", { name: "User or group" }), "fra");
    expect(await within(dialog).findByText("The search failed: search: too long")).toBeInTheDocument();
    expect(within(dialog).queryByText("No users or groups match")).not.toBeInTheDocument();
  });

  it("puts the matches away when the search text is deleted by hand", async () => {
    setUp();
    await openTab("Share");
    await userEvent.click(await screen.findByRole("button", { name: "Share" }));
    const dialog = screen.getByRole("dialog");
    const input = within(dialog).getByRole("combobox", { name: "User or group" });
    await userEvent.type(input, "fra");
    expect(await within(dialog).findByText("Frankfurt office")).toBeInTheDocument();
    await userEvent.type(input, "{Backspace}{Backspace}{Backspace}");
    await waitFor(() => expect(within(dialog).queryByText("Frankfurt office")).not.toBeInTheDocument());
  });

  it("names the separation-of-duties rule that refuses a grant and shares again with a justification", async () => {
    const api = setUp();
    api.post
      .mockRejectedValueOnce(sodRefusal("Pay and approve", "frank would hold Loans / user and Payments / payer", ["grant:s1:user", "grant:s2:payer"]))
      .mockResolvedValueOnce({});
    const dialog = await shareWithFrank();
    expect(
      await within(dialog).findByText("Refused by the separation-of-duties rule Pay and approve: frank would hold Loans / user and Payments / payer"),
    ).toBeInTheDocument();
    const share = within(dialog).getByRole("button", { name: "Share" });
    expect(share).toBeDisabled();
    await userEvent.type(within(dialog).getByLabelText(/Override justification/), "audit sign-off until Friday");
    await userEvent.click(share);
    await waitFor(() =>
      expect(api.post).toHaveBeenLastCalledWith("/runtime-access/solutions/s1/grants", {
        principal: { type: "user", id: "u9" },
        role: "user",
        sodOverride: "audit sign-off until Friday",
      }),
    );
  });

  it("explains a refusal about the Active Policy instead of showing a bare error", async () => {
    const api = setUp();
    api.post.mockRejectedValue(new ApiError(400, "role: the Active Policy (build 1) offers only user, auditor", "role"));
    const dialog = await shareWithFrank();
    const gotcha = await within(dialog).findByTestId("active-policy-gotcha");
    await waitFor(() => expect(gotcha).toHaveClass("pf-m-danger"));
    expect(gotcha).toHaveTextContent("To share another role, add it to a build and make that build the Active Policy.");
    expect(gotcha).toHaveTextContent("offers only user, auditor");
    expect(api.post.mock.calls[0][1]).toEqual({ principal: { type: "user", id: "u9" }, role: "user" });
  });

  it("shows a refusal that names a field under that field: a grant that exists, an unknown user, a reason too long", async () => {
    const api = setUp();
    api.post
      .mockRejectedValueOnce(new ApiError(409, "role: frank already has user on Loans", "role"))
      .mockRejectedValueOnce(new ApiError(404, "principal: no user 'frank' in this realm", "principal"))
      .mockRejectedValueOnce(new ApiError(400, "reason: must be at most 1024 characters", "reason"));
    const dialog = await shareWithFrank();
    const role = within(dialog).getByLabelText(/^Role/);
    expect(await within(dialog).findByText("role: frank already has user on Loans")).toBeInTheDocument();
    expect(role.closest(".pf-v5-c-form__group")).toHaveTextContent("frank already has user on Loans");
    await userEvent.click(within(dialog).getByRole("button", { name: "Share" }));
    const principal = within(dialog).getByRole("combobox", { name: "User or group" });
    expect(await within(dialog).findByText("principal: no user 'frank' in this realm")).toBeInTheDocument();
    expect(principal.closest(".pf-v5-c-form__group")).toHaveTextContent("no user 'frank' in this realm");
    expect(principal).toHaveAccessibleDescription("principal: no user 'frank' in this realm");
    await userEvent.click(within(dialog).getByRole("button", { name: "Share" }));
    const reason = await within(dialog).findByText("reason: must be at most 1024 characters");
    expect(reason.closest(".pf-v5-c-form__group")).toContainElement(within(dialog).getByLabelText(/Reason/));
    expect(within(dialog).getByLabelText(/Reason/)).toHaveAccessibleDescription("reason: must be at most 1024 characters");
    // the principal's refusal went with the next try
    expect(principal).not.toHaveAttribute("aria-describedby");
  });

  it("invites a brand-new user by email and shares with them; a refused address shows under Email", async () => {
    const api = setUp();
    api.post
      .mockRejectedValueOnce(new ApiError(409, "email: 'nina@new.example' is a user already: share with them", "email"))
      .mockResolvedValueOnce({ userId: "u-new", username: "nina@new.example", email: "nina@new.example" })
      .mockResolvedValueOnce({});
    await openTab("Share");
    await userEvent.click(await screen.findByRole("button", { name: "Share" }));
    const dialog = screen.getByRole("dialog");
    await userEvent.click(within(dialog).getByRole("button", { name: "Invite a new user by email" }));
    await userEvent.type(within(dialog).getByLabelText(/^Email/), "nina@new.example");
    await userEvent.click(within(dialog).getByRole("button", { name: "Share" }));
    const refused = await within(dialog).findByText("email: 'nina@new.example' is a user already: share with them");
    expect(refused.closest(".pf-v5-c-form__group")).toContainElement(within(dialog).getByLabelText(/^Email/));
    expect(api.post).toHaveBeenCalledTimes(1);

    await userEvent.type(within(dialog).getByLabelText(/^First name/), "Nina");
    await userEvent.click(within(dialog).getByRole("button", { name: "Share" }));
    await waitFor(() => expect(api.post).toHaveBeenCalledTimes(3));
    expect(api.post.mock.calls[1]).toEqual(["/runtime-access/invitations", { email: "nina@new.example", firstName: "Nina" }]);
    expect(api.post.mock.calls[2]).toEqual(["/runtime-access/solutions/s1/grants", { principal: { type: "user", id: "u-new" }, role: "user" }]);
  });

  it("forgets a separation-of-duties refusal when the admin turns to inviting someone else", async () => {
    const api = setUp();
    api.post.mockRejectedValueOnce(sodRefusal("Pay and approve", "frank would hold both", ["grant:s1:user", "grant:s2:payer"]));
    const dialog = await shareWithFrank();
    expect(await within(dialog).findByLabelText(/Override justification/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole("button", { name: "Invite a new user by email" }));
    expect(within(dialog).queryByLabelText(/Override justification/)).not.toBeInTheDocument();
    await userEvent.type(within(dialog).getByLabelText(/^Email/), "nina@new.example");
    expect(within(dialog).getByRole("button", { name: "Share" })).toBeEnabled();
  });
});
