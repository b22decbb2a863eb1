import type { Api } from "./client";
import { LARGEST_PAGE, listAll } from "./listAll";

describe("listAll", () => {
  it("reads page after page until a short one", async () => {
    const rows = Array.from({ length: 2 * LARGEST_PAGE + 3 }, (_, i) => ({ id: `s${i}` }));
    const get = vi.fn(async (_path: string, query?: Record<string, unknown>) => {
      const first = Number(query?.first);
      return rows.slice(first, first + Number(query?.max));
    });
    const all = await listAll<{ id: string }>({ get } as unknown as Api, "/runtime-access/solutions", { archived: false });
    expect(all).toHaveLength(rows.length);
    expect(get.mock.calls.map((call) => call[1])).toEqual([
      { archived: false, first: 0, max: LARGEST_PAGE },
      { archived: false, first: LARGEST_PAGE, max: LARGEST_PAGE },
      { archived: false, first: 2 * LARGEST_PAGE, max: LARGEST_PAGE },
    ]);
  });
});
