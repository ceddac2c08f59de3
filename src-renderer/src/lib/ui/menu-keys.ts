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
