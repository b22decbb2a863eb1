import { describe, expect, it } from "vitest";
import { grantSourceText } from "./grantSource";

describe("grantSourceText", () => {
  it("names every source the server sends, whatever its case", () => {
    expect(grantSourceText("admin")).toBe("Admin");
    expect(grantSourceText("RECOMMENDATION")).toBe("Recommendation");
    expect(grantSourceText("just_in_time")).toBe("Just in time");
    expect(grantSourceText("import")).toBe("Import");
    expect(grantSourceText("request")).toBe("Access request");
  });

  it("shows an unknown source as sent and nothing for none", () => {
    expect(grantSourceText("migration")).toBe("migration");
    expect(grantSourceText(undefined)).toBe("");
  });
});
