/**
 * Room for a label among others already drawn: the first candidate box inside the plot that
 * touches no taken box. Flag names, phase names and race callouts share the top of the plot;
 * each one placed is added to `taken`, so no two are ever drawn over each other (a label with
 * no room is left out: its marker stays, and the tooltip and the table name it).
 */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Space kept between two labels, or a label and a marker. */
const GAP = 2;

export function overlaps(a: Box, b: Box, gap = GAP): boolean {
  return a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;
}

/**
 * The first candidate that fits: moved sideways into the plot where it sticks out (a label by
 * the last week goes left of its marker rather than off the canvas), then checked against `taken`.
 */
export function firstFree(candidates: readonly Box[], taken: readonly Box[], bounds: Box): Box | null {
  for (const c of candidates) {
    const width = c.right - c.left;
    if (width > bounds.right - bounds.left || c.top < bounds.top || c.bottom > bounds.bottom) continue;
    const shift = c.left < bounds.left ? bounds.left - c.left : c.right > bounds.right ? bounds.right - c.right : 0;
    const box = { ...c, left: c.left + shift, right: c.right + shift };
    if (taken.every((t) => !overlaps(box, t))) return box;
  }
  return null;
}

/** Where a callout beside a point may go, in order of preference: above right, above left, below right, below left. */
export function calloutCandidates(x: number, y: number, width: number, height: number, offset = 8): Box[] {
  const above = { top: y - offset - height, bottom: y - offset };
  const below = { top: y + offset, bottom: y + offset + height };
  const right = { left: x + offset, right: x + offset + width };
  const left = { left: x - offset - width, right: x - offset };
  return [
    { ...above, ...right },
    { ...above, ...left },
    { ...below, ...right },
    { ...below, ...left },
  ];
}
