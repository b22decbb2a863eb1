import { ApiError } from "../api/client";

/** The server's message when it refused `field` with a 400, so a form can mark that field. */
export function fieldError(error: unknown, field: string): string | undefined {
  return error instanceof ApiError && error.status === 400 && error.field === field ? error.message : undefined;
}
