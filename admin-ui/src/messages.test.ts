import { messageParts, messages, t } from "./messages";

describe("t", () => {
  it("fills placeholders", () => {
    expect(t("deleteRoleUsage", { builds: 2, grants: 5 })).toBe(
      "Used by 2 builds and 5 grants. Deleting removes it from all of them.",
    );
  });

  it("leaves an unknown placeholder visible rather than empty", () => {
    expect(t("switchTitle")).toContain("{build}");
  });

  it("defines each key in one part only", () => {
    const keys = messageParts.flatMap((part) => Object.keys(part));
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
    expect(Object.keys(messages)).toHaveLength(keys.length);
  });

  it("has no empty string", () => {
    expect(Object.entries(messages).filter(([, text]) => text.trim() === "")).toEqual([]);
  });
});
