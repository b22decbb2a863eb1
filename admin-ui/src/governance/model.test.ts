import { categories, categoryText, changeText, itemText, modes, modeText, percent, proposalStatuses, proposalStatusText } from "./model";

describe("governance model", () => {
  it("has words for every category, status, change and mode the API spells", () => {
    for (const [values, text] of [
      [categories, categoryText],
      [proposalStatuses, proposalStatusText],
      [["add", "remove", "review", "disable-user"], changeText],
      [modes, modeText],
    ] as const) {
      for (const value of values) expect(text(value)).not.toBe(value);
    }
    expect(categoryText("disabled-user-access")).toBe("Disabled user's access");
    expect(modeText("auto-low-risk")).toBe("Automatic for low risk");
  });

  it("shows a value a newer server adds as it is spelled", () => {
    expect(categoryText("licence-waste")).toBe("licence-waste");
  });

  it("rounds confidence to a whole percentage", () => {
    expect(percent(0.894)).toBe("89 %");
    expect(percent(1)).toBe("100 %");
  });

  it("names the account when a proposal has no access item", () => {
    expect(itemText({ item: null, username: "frank" })).toBe("the account of frank");
    expect(itemText({ item: { kind: "realm-role", key: "realm-role:x", label: "", solutionId: null, privileged: false }, username: "f" })).toBe("realm-role:x");
  });
});
