import { consoleLocation } from "./location";

describe("consoleLocation", () => {
  it("reads the realm and server URL from the console path", () => {
    expect(consoleLocation("/realms/organization/runtime-access/console/", "http://localhost:8080")).toEqual({
      serverUrl: "http://localhost:8080",
      realm: "organization",
    });
  });

  it("keeps a server path prefix and decodes the realm", () => {
    expect(consoleLocation("/auth/realms/my%20realm/runtime-access/console/index.html", "https://id.example")).toEqual({
      serverUrl: "https://id.example/auth",
      realm: "my realm",
    });
  });

  it("refuses any other path", () => {
    expect(() => consoleLocation("/realms/organization/account/", "http://localhost")).toThrow(/not a console path/);
  });
});
