import { useRef, useState } from "react";

/**
 * Runs a change the admin asked for, one at a time, and keeps its refusal for the form to show next to the
 * field it names. `run` resolves to whether the change went through.
 */
export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  // A second Enter while the first change runs is ignored: `busy` may not have re-rendered the form yet.
  const running = useRef(false);
  const run = async (change: () => Promise<unknown>): Promise<boolean> => {
    if (running.current) return false;
    running.current = true;
    setBusy(true);
    setError(undefined);
    try {
      await change();
      return true;
    } catch (e) {
      setError(e);
      return false;
    } finally {
      running.current = false;
      setBusy(false);
    }
  };
  return { busy, error, run };
}
