/**
 * Moving between a menu's items from the keyboard (WAI-ARIA menu pattern): ArrowDown/ArrowUp to
 * the next/previous item, wrapping, Home/End to the first/last. Shared by the plan's menu buttons
 * (MenuButton.svelte) and the calendar's add-session menu; each handles its own closing keys.
 * Returns whether the key was one of these (the caller then prevents its default).
 */
export function moveBetweenItems(e: KeyboardEvent, items: readonly HTMLElement[]): boolean {
  const at = items.indexOf(document.activeElement as HTMLElement);
  const go = (i: number) => items[(i + items.length) % items.length]?.focus();
  if (e.key === 'ArrowDown') go(at + 1);
  else if (e.key === 'ArrowUp') go(at - 1);
  else if (e.key === 'Home') go(0);
  else if (e.key === 'End') go(items.length - 1);
  else return false;
  return true;
}

/**
 * Type-ahead across several letters (WAI-ARIA menu pattern): keys typed within a moment of each
 * other build one search, so "R" then "e" stays on Recovery (or Rest), where taking each key
 * alone jumped from "R…" to Easy on the "e". One letter repeated ("r", "r") steps through the
 * items starting with it. `now` is passed in so tests need no clock.
 */
export class TypeAhead {
  private typed = '';
  private last = -Infinity;

  constructor(private readonly pauseMs = 700) {}

  /**
   * For a printable key with no modifier: focuses the item the search reaches (if any) and
   * returns true; any other key is left alone (false).
   */
  focusFor(e: KeyboardEvent, items: readonly HTMLElement[]): boolean {
    if (e.key.length !== 1 || !/\S/.test(e.key) || e.ctrlKey || e.metaKey || e.altKey) return false;
    const at = this.next(
      e.key,
      items.map((item) => item.textContent ?? ''),
      items.indexOf(document.activeElement as HTMLElement),
      e.timeStamp,
    );
    if (at >= 0) items[at].focus();
    return true;
  }

  /** The index of the item to focus after `key`, or -1 when none matches. */
  next(key: string, labels: readonly string[], current: number, now: number): number {
    const k = key.toLowerCase();
    this.typed = now - this.last <= this.pauseMs ? this.typed + k : k;
    this.last = now;
    const text = labels.map((l) => l.trim().toLowerCase());
    const repeated = this.typed.length > 1 && [...this.typed].every((c) => c === k);
    // A new search starts after the current item; a longer one may stay on it.
    const from = this.typed.length === 1 || repeated ? 1 : 0;
    const search = repeated ? k : this.typed;
    for (let step = from; step < text.length + from; step++) {
      const i = (Math.max(current, 0) + step) % text.length;
      if (text[i].startsWith(search)) return i;
    }
    return -1;
  }
}
