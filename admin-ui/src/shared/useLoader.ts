import { useCallback, useEffect, useState } from "react";

export type Loaded<T> =
  | { state: "loading" }
  | { state: "error"; error: Error }
  | { state: "ready"; data: T };

/** Loads data for a page and reloads it when `deps` change or `reload` is called; ignores answers that arrive late. */
export function useLoader<T>(load: () => Promise<T>, deps: unknown[]): [Loaded<T>, () => void] {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: "loading" });
  const [generation, setGeneration] = useState(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const stableLoad = useCallback(load, deps);
  useEffect(() => {
    let current = true;
    setLoaded({ state: "loading" });
    stableLoad().then(
      (data) => current && setLoaded({ state: "ready", data }),
      (error: Error) => current && setLoaded({ state: "error", error }),
    );
    return () => {
      current = false;
    };
  }, [stableLoad, generation]);
  return [loaded, () => setGeneration((g) => g + 1)];
}
