/**
 * Where the names of flagged weeks go beside their markers, on screen and in print: right of the
 * marker where that fits, else left, and never over another name or another week's marker. A
 * name with no room is left out (the marker stays, and the tooltip and the table name it):
 * weeks 11 and 12 both flagged printed "LLoad spike", one name over the other.
 */
export interface FlagLabelInput {
  /** The marker's centre. */
  x: number;
  /** The name's width, or null for a marker without one. */
  width: number | null;
}

export type FlagLabelSide = 'right' | 'left' | null;

/** Gap between a marker's centre and its name, and the half-width a marker takes. */
const OFFSET = 10;
const MARKER_HALF = 7;
const GAP = 4;

export function placeFlagLabels(flags: readonly FlagLabelInput[], left: number, right: number): FlagLabelSide[] {
  const taken: [number, number][] = [];
  const clear = (a: number, b: number, self: number): boolean =>
    a >= left &&
    b <= right &&
    taken.every(([x, y]) => b + GAP <= x || a >= y + GAP) &&
    flags.every((f, j) => j === self || f.x + MARKER_HALF <= a || f.x - MARKER_HALF >= b);
  return flags.map((f, i) => {
    if (f.width == null) return null;
    const r: [number, number] = [f.x + OFFSET, f.x + OFFSET + f.width];
    if (clear(r[0], r[1], i)) {
      taken.push(r);
      return 'right';
    }
    const l: [number, number] = [f.x - OFFSET - f.width, f.x - OFFSET];
    if (clear(l[0], l[1], i)) {
      taken.push(l);
      return 'left';
    }
    return null;
  });
}
