import { ApiError, CALL_TIMEOUT_MS, createApi, withQuery } from "./client";

function fakeFetch(status: number, body: string) {
  return vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => new Response(body, { status }));
}

describe("createApi", () => {
  it("sends the bearer token and JSON body", async () => {
    const fetcher = fakeFetch(201, '{"id":"1"}');
    const api = createApi("http://kc/admin/realms/r", async () => "tok", fetcher);
    await expect(api.post("/runtime-access/roles", { name: "approver" })).resolves.toEqual({ id: "1" });
    const [url, init] = fetcher.mock.calls[0];
    expect(url).toBe("http://kc/admin/realms/r/runtime-access/roles");
    expect(init?.method).toBe("POST");
    expect((init?.headers as Record<string, string>).Authorization).toBe("Bearer tok");
    expect(init?.body).toBe('{"name":"approver"}');
  });

  it("renews a token the server refused and sends the call once more", async () => {
    const fetcher = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) =>
      (init?.headers as Record<string, string>).Authorization === "Bearer renewed" ? new Response('{"ok":true}', { status: 200 }) : new Response("", { status: 401 }));
    const token = vi.fn(async (renew?: boolean) => (renew ? "renewed" : "stale"));
    await expect(createApi("", token, fetcher).get("/x")).resolves.toEqual({ ok: true });
    expect(token.mock.calls.map((call) => call[0])).toEqual([false, true]);
    expect(fetcher).toHaveBeenCalledTimes(2);
    const refused = vi.fn(async () => new Response("", { status: 401 }));
    await expect(createApi("", token, refused).get("/x")).rejects.toMatchObject({ status: 401 });
    expect(refused).toHaveBeenCalledTimes(2);
  });

  it("ends a call the server never answers with an error, not a spinner for ever", async () => {
    vi.useFakeTimers();
    try {
      const stalled = vi.fn((_url: RequestInfo | URL, init?: RequestInit) => new Promise<Response>((_resolve, reject) =>
        init?.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")))));
      const answer = createApi("", async () => "t", stalled).get("/x").catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(CALL_TIMEOUT_MS);
      expect(await answer).toMatchObject({ status: 0, message: "The server did not answer within 120 seconds." });
    } finally {
      vi.useRealTimers();
    }
  });

  it("turns a 400 into an ApiError naming the field", async () => {
    const api = createApi("", async () => "t", fakeFetch(400, '{"field":"name","error":"name: is required"}'));
    const error = await api.post("/x", {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, field: "name", message: "name: is required" });
  });

  it("reads a workflow refusal's message rather than its code", async () => {
    const body = '{"error":"self_approval","field":"id","message":"you cannot approve your own request"}';
    const error = (await createApi("", async () => "t", fakeFetch(403, body)).post("/x").catch((e: unknown) => e)) as ApiError;
    expect(error).toMatchObject({ status: 403, field: "id", message: "you cannot approve your own request", explained: true });
    const bare = (await createApi("", async () => "t", fakeFetch(403, '{"error":"HTTP 403 Forbidden"}')).get("/x").catch((e: unknown) => e)) as ApiError;
    expect(bare.explained).toBe(false);
  });

  it("asks for another type when told, and gives a text answer as it is", async () => {
    const fetcher = fakeFetch(200, "user,access\nerin,grant:s1:payer\n");
    await expect(createApi("", async () => "t", fetcher).get("/evidence", { format: "csv" }, "text/csv")).resolves.toBe("user,access\nerin,grant:s1:payer\n");
    expect((fetcher.mock.calls[0][1]?.headers as Record<string, string>).Accept).toBe("text/csv");
  });

  it("keeps a plain-text error", async () => {
    const api = createApi("", async () => "t", fakeFetch(500, "boom"));
    await expect(api.get("/x")).rejects.toMatchObject({ status: 500, message: "boom" });
  });

  it("shows a proxy's error page as its status, not as markup", async () => {
    const page = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>";
    const api = createApi("", async () => "t", fakeFetch(502, `\n${page}`));
    await expect(api.get("/x")).rejects.toMatchObject({ status: 502, message: "HTTP 502" });
  });
});

describe("withQuery", () => {
  it("drops empty values and encodes the rest", () => {
    expect(withQuery("/groups", { search: "a b", first: 0, max: 21, archived: undefined })).toBe(
      "/groups?search=a+b&first=0&max=21",
    );
  });

  it("repeats a parameter for each value of an array", () => {
    expect(withQuery("/tickets", { sourceKind: "finding", sourceId: ["f 1", "f2"] })).toBe("/tickets?sourceKind=finding&sourceId=f+1&sourceId=f2");
    expect(withQuery("/tickets", { sourceId: [] })).toBe("/tickets");
  });
});
