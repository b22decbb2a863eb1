/** A refused request: the HTTP status and, for a 400, the field the server names. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field?: string,
    readonly body?: unknown,
  ) {
    super(message);
  }

  /** A refusal that explains itself (a code and a message, e.g. 403 `self_approval`), rather than a bare "forbidden". */
  get explained(): boolean {
    const body = this.body as Record<string, unknown> | undefined;
    return typeof body?.message === "string" && typeof body?.error === "string";
  }
}

/** A query parameter; an array repeats the parameter once per value (`sourceId=a&sourceId=b`). */
export type Query = Record<string, string | number | boolean | string[] | undefined>;

export interface Api {
  /** `accept` asks for another type than JSON (an evidence CSV); a non-JSON answer resolves to its text. */
  get<T>(path: string, query?: Query, accept?: string): Promise<T>;
  post<T>(path: string, body?: unknown, query?: Query): Promise<T>;
  put<T>(path: string, body?: unknown): Promise<T>;
  del<T>(path: string): Promise<T>;
}

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (Array.isArray(value)) value.forEach((each) => params.append(key, each));
    else if (value !== undefined && value !== "") params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/** How long a call may wait for the server's answer: the longest, an import or a governance run, take seconds. */
export const CALL_TIMEOUT_MS = 120_000;

/**
 * A bearer token; `renew` asks for a new one even though the one held has not expired (the server refused it: the
 * session was ended elsewhere, or the token was revoked).
 */
export type TokenSource = (renew?: boolean) => Promise<string>;

/** Every call carries a fresh bearer token; the server checks every permission, the console only hides controls. */
export function createApi(baseUrl: string, token: TokenSource, fetcher: typeof fetch = fetch): Api {
  async function send(method: string, url: string, body: unknown, accept: string, renew: boolean): Promise<Response> {
    const headers: Record<string, string> = { Authorization: `Bearer ${await token(renew)}`, Accept: accept };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    // a connection that stalls (a proxy that never answers) must end in an error the page can show, not a spinner
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), CALL_TIMEOUT_MS);
    try {
      return await fetcher(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: timeout.signal });
    } catch (error) {
      if (timeout.signal.aborted) throw new ApiError(0, `The server did not answer within ${CALL_TIMEOUT_MS / 1000} seconds.`);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  async function call<T>(method: string, path: string, body?: unknown, query?: Query, accept = "application/json"): Promise<T> {
    const url = baseUrl + withQuery(path, query);
    let response = await send(method, url, body, accept, false);
    // once with a renewed token: one the server no longer accepts is renewed (or the sign-in page shown) only here
    if (response.status === 401) response = await send(method, url, body, accept, true);
    const text = await response.text();
    const parsed = text ? parseJson(text) : undefined;
    if (!response.ok) throw toError(response.status, parsed, text);
    return parsed as T;
  }
  return {
    get: (path, query, accept) => call("GET", path, undefined, query, accept),
    post: (path, body, query) => call("POST", path, body, query),
    put: (path, body) => call("PUT", path, body),
    del: (path) => call("DELETE", path),
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function toError(status: number, parsed: unknown, text: string): ApiError {
  if (parsed && typeof parsed === "object") {
    const record = parsed as Record<string, unknown>;
    // A workflow refusal pairs a code (`self_approval`) with the sentence a person should read.
    const message = [record.message, record.error, record.errorMessage, record.error_description].find((m) => typeof m === "string");
    if (typeof message === "string") {
      return new ApiError(status, message, typeof record.field === "string" ? record.field : undefined, parsed);
    }
  }
  return new ApiError(status, readable(text) || `HTTP ${status}`, undefined, parsed);
}

/**
 * A plain-text refusal as it is; an error page (a proxy's 502 while the server restarts, say) says nothing an admin
 * can act on here and would show as a wall of markup, so only its status is shown.
 */
function readable(text: string): string {
  const trimmed = text.trim();
  return trimmed.startsWith("<") ? "" : trimmed.slice(0, 500);
}
