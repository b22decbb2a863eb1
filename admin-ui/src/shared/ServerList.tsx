import type { ReactNode } from "react";
import { t } from "../messages";
import { Empty, LoadState } from "./LoadState";
import { ServerPagingToolbar, type Page } from "./ServerPaging";
import type { Loaded } from "./useLoader";

/**
 * A list the server pages: the toolbar (search, extra filters, paging), then loading or error, the page's
 * empty state when nothing exists at all, "no results" when a search or filter finds nothing, or the rows.
 * The toolbar stays mounted while a new page loads, so the search box keeps its focus.
 */
export function ServerList<T>({
  loaded,
  onRetry,
  page,
  onPageChange,
  searchLabel,
  filters,
  filtered = false,
  empty,
  noResults = t("noResults"),
  children,
}: {
  /** Rows as the server answered: up to page.max + 1, the last one only telling that a next page exists. */
  loaded: Loaded<T[]>;
  onRetry: () => void;
  page: Page;
  onPageChange: (change: Partial<Page>) => void;
  searchLabel: string;
  filters?: ReactNode;
  /** Whether a filter other than the search is set. */
  filtered?: boolean;
  /** What the page shows when the realm has none at all, usually with the create action. */
  empty: ReactNode;
  noResults?: string;
  /** Renders this page's rows (at most page.max). */
  children: (rows: T[]) => ReactNode;
}) {
  const nothingAtAll =
    loaded.state === "ready" && loaded.data.length === 0 && page.search === "" && page.first === 0 && !filtered;
  return (
    <>
      {!nothingAtAll && (
        <ServerPagingToolbar
          page={page}
          onChange={onPageChange}
          rowsOnPage={loaded.state === "ready" ? loaded.data.length : undefined}
          searchLabel={searchLabel}
        >
          {filters}
        </ServerPagingToolbar>
      )}
      <LoadState loaded={loaded} onRetry={onRetry}>
        {(rows) =>
          nothingAtAll ? empty : rows.length === 0 ? <Empty title={noResults} /> : children(rows.slice(0, page.max))
        }
      </LoadState>
    </>
  );
}
