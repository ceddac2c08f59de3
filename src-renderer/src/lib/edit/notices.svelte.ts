/**
 * The short notice after an edit that took something away (delete, cut, clear, delete weeks,
 * dismiss), with Undo; or a plain line after a copy. One at a time: the next replaces it.
 *
 * Undo in a notice undoes *that* step only: it is offered while that step is still the next
 * undo (its label is the store's undo label), and disappears once anything else was done.
 *
 * A step that is not one plan's (applying a template makes plans for several athletes) brings
 * its own `takeBack`: the notice's Undo runs it, and so does Ctrl+Z while `stillNext()` says
 * nothing was done since on the plan in view (main refuses it anyway if a made plan changed).
 */
export interface TakeBack {
  run(): Promise<void>;
  stillNext(): boolean;
}

export interface Notice {
  id: number;
  text: string;
  /** The undo step this notice offers to take back, or null for a plain notice. */
  undoLabel: string | null;
  takeBack?: TakeBack;
}

export class EditNotices {
  current = $state.raw<Notice | null>(null);
  #next = 1;
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** `undoLabel`: the label of the step just applied (offers Undo while it is the next undo). */
  show(text: string, undoLabel: string | null = null, takeBack?: TakeBack): void {
    clearTimeout(this.#timer);
    this.current = { id: this.#next++, text, undoLabel, ...(takeBack ? { takeBack } : {}) };
    // A notice is a courtesy: it leaves by itself; the toolbar's Undo stays. A step across
    // athletes stays longer: the coach goes to look at the new plans first.
    const id = this.current.id;
    this.#timer = setTimeout(() => {
      if (this.current?.id === id) this.current = null;
    }, takeBack ? 60_000 : 12_000);
  }

  dismiss(): void {
    clearTimeout(this.#timer);
    this.current = null;
  }
}
