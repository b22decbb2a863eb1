import { ApiError } from "../api/client";
import { fieldError } from "./fieldError";

describe("fieldError", () => {
  it("names the field a 400 refused, and the list an element of it belongs to", () => {
    expect(fieldError(new ApiError(400, "name: is required", "name"), "name")).toBe("name: is required");
    expect(fieldError(new ApiError(400, "privilegedItems[2]: not an item key", "privilegedItems[2]"), "privilegedItems")).toBe(
      "privilegedItems[2]: not an item key",
    );
    expect(fieldError(new ApiError(400, "privilegedItemsX: no", "privilegedItemsX"), "privilegedItems")).toBeUndefined();
    expect(fieldError(new ApiError(400, "privilegedItems[x]: no", "privilegedItems[x]"), "privilegedItems")).toBeUndefined();
    expect(fieldError(new ApiError(404, "name: unknown", "name"), "name")).toBeUndefined();
    expect(fieldError(new Error("boom"), "name")).toBeUndefined();
  });
});
