import { ApiError } from "../api/client";
import { fakeApi } from "../test/console";
import { rightsIn } from "./rights";

const admin = { realm: "acme", viewUsers: true, manageUsers: false, viewEvents: false, manageEvents: false, viewRealm: false, manageRealm: false };

describe("rightsIn", () => {
  it("takes the admin's rights from whoami and marks the sign-in realm as self-service", async () => {
    const api = fakeApi();
    api.get.mockResolvedValue(admin);
    await expect(rightsIn(api, "acme", "acme")).resolves.toEqual({ ...admin, selfService: true });
    await expect(rightsIn(api, "acme", "master")).resolves.toEqual({ ...admin, selfService: false });
    expect(api.get).toHaveBeenCalledWith("/runtime-access/whoami");
  });

  it("lets a realm user without admin rights in for their own pages only", async () => {
    const api = fakeApi();
    api.get.mockRejectedValue(new ApiError(403, "not an admin of realm acme"));
    await expect(rightsIn(api, "acme", "acme")).resolves.toMatchObject({ viewUsers: false, manageUsers: false, viewEvents: false, selfService: true });
  });

  it("keeps a 403 in another realm, and any other failure, an error", async () => {
    const api = fakeApi();
    api.get.mockRejectedValueOnce(new ApiError(403, "forbidden"));
    await expect(rightsIn(api, "acme", "master")).rejects.toMatchObject({ status: 403 });
    api.get.mockRejectedValueOnce(new ApiError(500, "boom"));
    await expect(rightsIn(api, "acme", "acme")).rejects.toMatchObject({ status: 500 });
  });
});
