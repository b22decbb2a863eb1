import { useEffect, useState } from "react";
import { useConsole } from "../app/ConsoleContext";
import { ticketsOf, type OutboxTicket, type SourceKind } from "./model";

/**
 * The tickets of these sources, by source id, read from the tickets' outbox (the source's own API cannot carry
 * them: findings are written below the ticket module). Empty while loading, without view-realm (the outbox needs
 * it) and when the call fails: the ticket adds to a page, it must not break the page.
 */
export function useSourceTickets(sourceKind: SourceKind, sourceIds: string[], enabled: boolean): Record<string, OutboxTicket> {
  const { api } = useConsole();
  const [tickets, setTickets] = useState<Record<string, OutboxTicket>>({});
  const key = sourceIds.join("\n");
  useEffect(() => {
    let current = true;
    const ids = key ? key.split("\n") : [];
    if (!enabled || ids.length === 0) {
      setTickets({});
    } else {
      ticketsOf(api, sourceKind, ids).then(
        (found) => current && setTickets(found),
        () => current && setTickets({}),
      );
    }
    return () => {
      current = false;
    };
  }, [api, sourceKind, key, enabled]);
  return tickets;
}
