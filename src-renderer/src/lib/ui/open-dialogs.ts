/**
 * How many of the app's modal dialogs are open (Dialog.svelte counts itself in and out). Keyboard
 * shortcuts ask this on every key: a count, where a query for `dialog[open]` would walk a 104-week
 * calendar's DOM each time.
 */
let open = 0;

export function dialogOpened(): () => void {
  open++;
  let closed = false;
  return () => {
    if (closed) return;
    closed = true;
    open--;
  };
}

export function anyDialogOpen(): boolean {
  return open > 0;
}
