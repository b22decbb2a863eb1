import { Pagination, SearchInput, Toolbar, ToolbarContent, ToolbarItem } from "@patternfly/react-core";
import type { ReactNode } from "react";
import { useEffect, useRef, useState } from "react";
import { t } from "../messages";

export interface Page {
  first: number;
  max: number;
  search: string;
}

/** Paging state for a list the server pages: asks for max + 1 rows to know whether a next page exists. */
export function usePage(max = 20): [Page, (change: Partial<Page>) => void] {
  const [page, setPage] = useState<Page>({ first: 0, max, search: "" });
  return [page, (change) => setPage((p) => ({ ...p, ...("search" in change ? { first: 0 } : {}), ...change }))];
}

/**
 * Paging of a list whose rows can be selected for an action: the selection is of the page shown, so changing the
 * page or the search clears it and an action never reaches rows the admin no longer sees.
 */
export function useSelectablePage(max = 20) {
  const [page, setPage] = usePage(max);
  const [selected, setSelected] = useState<string[]>([]);
  const changePage = (change: Partial<Page>) => {
    setSelected([]);
    setPage(change);
  };
  return { page, changePage, selected, setSelected };
}

/** Search box and pagination for a server-paged list, like Keycloak's own list toolbars. */
export function ServerPagingToolbar({
  page,
  onChange,
  rowsOnPage,
  searchLabel,
  children,
}: {
  page: Page;
  onChange: (change: Partial<Page>) => void;
  /** Rows the server returned for this page (up to max + 1); undefined while it loads or after an error. */
  rowsOnPage: number | undefined;
  /** The search box's label; a list the server cannot search has none. */
  searchLabel?: string;
  children?: ReactNode;
}) {
  const [text, setText] = useState(page.search);
  // While the next page loads, the pager stays as the last answer left it: counting no rows would move it back a page
  // and disable the very button just pressed (a browser then drops the keyboard focus).
  const lastRows = useRef(0);
  if (rowsOnPage !== undefined) lastRows.current = rowsOnPage;
  const rows = rowsOnPage ?? lastRows.current;
  const hasNext = rows > page.max;
  // The last rows of a later page went (approved, removed, delegated): step back a page rather than show an
  // empty one whose paging offers no way back. One step per empty answer: until the previous page's answer comes
  // (rowsOnPage is undefined while it loads), the empty rows still shown are the old page's.
  const stepped = useRef(false);
  useEffect(() => {
    if (rowsOnPage !== 0) {
      stepped.current = false;
    } else if (page.first > 0 && !stepped.current) {
      stepped.current = true;
      onChange({ first: Math.max(0, page.first - page.max) });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rowsOnPage, page.first, page.max]);
  return (
    <Toolbar>
      <ToolbarContent>
        {searchLabel && (
          <ToolbarItem variant="search-filter">
            <SearchInput
              aria-label={searchLabel}
              placeholder={searchLabel}
              value={text}
              onChange={(_event, value) => setText(value)}
              onSearch={() => onChange({ search: text })}
              onClear={() => {
                setText("");
                onChange({ search: "" });
              }}
            />
          </ToolbarItem>
        )}
        {children}
        <ToolbarItem variant="pagination">
          <Pagination
            isCompact
            perPage={page.max}
            page={Math.floor(page.first / page.max) + 1}
            // The server does not count; as Keycloak's console does, claim one more row while a next page exists.
            itemCount={page.first + Math.min(rows, page.max) + (hasNext ? 1 : 0)}
            toggleTemplate={({ firstIndex, lastIndex }) => (
              <b>
                {firstIndex} - {lastIndex}
              </b>
            )}
            titles={{ paginationAriaLabel: t("perPage"), toNextPageAriaLabel: t("next"), toPreviousPageAriaLabel: t("previous") }}
            onSetPage={(_event, newPage) => onChange({ first: (newPage - 1) * page.max })}
            onPerPageSelect={(_event, perPage) => onChange({ max: perPage, first: 0 })}
          />
        </ToolbarItem>
      </ToolbarContent>
    </Toolbar>
  );
}
