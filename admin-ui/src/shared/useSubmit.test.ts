import { act, renderHook } from "@testing-library/react";
import { useSubmit } from "./useSubmit";

describe("useSubmit", () => {
  it("runs one change at a time: a second submit before the form re-renders is ignored", async () => {
    const { result } = renderHook(() => useSubmit());
    let finish: () => void = () => undefined;
    const change = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    let first: Promise<boolean> = Promise.resolve(false);
    let second: Promise<boolean> = Promise.resolve(true);
    act(() => {
      // both from the same render, as two Enter presses handled before React re-renders
      first = result.current.run(change);
      second = result.current.run(change);
    });
    await act(async () => finish());
    expect(await first).toBe(true);
    expect(await second).toBe(false);
    expect(change).toHaveBeenCalledTimes(1);
    await act(async () => {
      expect(await result.current.run(async () => undefined)).toBe(true);
    });
  });

  it("keeps the refusal for the form and clears it on the next try", async () => {
    const { result } = renderHook(() => useSubmit());
    await act(async () => {
      expect(await result.current.run(() => Promise.reject(new Error("refused")))).toBe(false);
    });
    expect((result.current.error as Error).message).toBe("refused");
    await act(async () => {
      await result.current.run(async () => undefined);
    });
    expect(result.current.error).toBeUndefined();
  });
});
