import type { Api, Query } from "./client";

/** The server's largest page of a growing list (docs/api.md: `max` 1 to 500). */
export const LARGEST_PAGE = 500;

/**
 * Every row of a server-paged list, page after page until a short one: for pickers and name lookups that must not
 * stop at a first page (a realm may hold more solutions or groups than any one page).
 */
export async function listAll<T>(api: Api, path: string, query: Query = {}): Promise<T[]> {
  const rows: T[] = [];
  for (let first = 0; ; first += LARGEST_PAGE) {
    const page = await api.get<T[]>(path, { ...query, first, max: LARGEST_PAGE });
    rows.push(...page);
    if (page.length < LARGEST_PAGE) return rows;
  }
}
