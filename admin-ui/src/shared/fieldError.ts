import { ApiError } from "../api/client";

/**
 * The server's message when it refused `field` with a 400 (or another of `statuses`: a 404 or 409 naming what was
 * typed into the field), so a form can mark that field. An element of a list field counts for the list
 * (`privilegedItems[2]` marks `privilegedItems`), since a form edits the list as one field.
 */
export function fieldError(error: unknown, field: string, statuses: number[] = [400]): string | undefined {
  if (!(error instanceof ApiError) || !statuses.includes(error.status) || !error.field) return undefined;
  return error.field === field || (error.field.startsWith(`${field}[`) && /^\[\d+\]$/.test(error.field.slice(field.length)))
    ? error.message
    : undefined;
}
