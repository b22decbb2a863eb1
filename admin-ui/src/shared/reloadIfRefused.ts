/**
 * The `onClose(refused)` of a change dialog: closes it, and reads the page again when the server refused the change.
 * A refusal mostly means another admin (or the server's own sweep) changed the thing first, so what the page shows
 * is out of date: a removed row still listed, a decided request still offered for cancelling.
 */
export function reloadIfRefused(close: () => void, reload: () => void): (refused: boolean) => void {
  return (refused) => {
    close();
    if (refused) reload();
  };
}
