import { describe, expect, it } from "vitest";
import { ticketStatusText } from "./model";

const ref = (status: string) => ({ key: "OPS-5", status, url: null, resolved: false });

describe("ticketStatusText", () => {
  it("translates the outbox's own states and shows Jira's status names as Jira names them", () => {
    expect(ticketStatusText(ref("pending"))).toBe("Waiting to be sent");
    expect(ticketStatusText(ref("failed"))).toBe("Could not be opened");
    expect(ticketStatusText(ref("gone"))).toBe("Deleted in Jira");
    expect(ticketStatusText(ref("In Progress"))).toBe("In Progress");
  });
});
