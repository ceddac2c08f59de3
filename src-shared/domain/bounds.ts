/**
 * Bounds every input passes before anything else looks at it, whatever the transport (IPC,
 * loopback HTTP, a plan file, the command line): how deep it may nest, and how much of a value
 * a message may echo back. One place, so new contract methods get them for free.
 */

/** Deeper than any Stride value (a plan file nests 4 levels); far below what recursion survives. */
export const MAX_INPUT_DEPTH = 32;
/** How many characters of a refused value a message shows. */
export const ECHO_CHARS = 80;

/** True when `value` nests arrays/objects deeper than `max`. Iterative: safe on any depth. */
export function nestsDeeperThan(value: unknown, max = MAX_INPUT_DEPTH): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  let visited = 0;
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth >= max) return true;
    // A huge flat value is bounded by the body limits; stop counting well before it costs time.
    if (++visited > 1_000_000) return false;
    for (const child of Array.isArray(v) ? v : Object.values(v as object)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return false;
}

export const tooDeepMessage = (what = 'input') =>
  `${what}: nested more than ${MAX_INPUT_DEPTH} levels deep, which no Stride value is`;

/**
 * A value as a message shows it: JSON, cut to about `ECHO_CHARS` characters with "…", never
 * failing (deep, circular or huge values included).
 */
export function echo(value: unknown, max = ECHO_CHARS): string {
  if (value === undefined) return 'missing';
  if (typeof value === 'string') {
    const cut = value.length > max ? value.slice(0, max) : value;
    return `${JSON.stringify(cut)}${value.length > max ? '…' : ''}`;
  }
  if (value !== null && typeof value === 'object' && nestsDeeperThan(value, 8)) {
    return Array.isArray(value) ? '[…deeply nested…]' : '{…deeply nested…}';
  }
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
