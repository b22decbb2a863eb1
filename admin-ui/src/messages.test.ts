import { messages, t } from "./messages";

describe("t", () => {
  it("fills placeholders", () => {
    expect(t("deleteRoleUsage", { builds: 2, grants: 5 })).toBe(
      "Used by 2 builds and 5 grants. Deleting removes it from all of them.",
    );
  });

  it("leaves an unknown placeholder visible rather than empty", () => {
    expect(t("switchTitle")).toContain("{build}");
  });

  it("has no empty string", () => {
    expect(Object.entries(messages).filter(([, text]) => text.trim() === "")).toEqual([]);
  });
});
