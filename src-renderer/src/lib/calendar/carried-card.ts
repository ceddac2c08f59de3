/**
 * A coach card's own element carried to another day a frame ahead of the move that puts it
 * there (issue 9: Alt+arrow -> painted within 16 ms on a 104-week plan).
 *
 * Why the element itself, not the calendar's state: drawing the card from state (paint-ahead's
 * `run`) has Svelte make a new card on the new day and drop the old one, which takes the focus
 * with it, so the key's frame also carried a new focus (style and layout forced inside the key's
 * handler), the days' tab stops and the status line: about 20 ms from key to painted, against
 * about 10 for the card's node moved by hand. `Element.moveBefore` moves a node keeping its state,
 * the focus included, so the key's frame shows the card on its new day, focused, and nothing else.
 *
 * The element still belongs to its old day's list in Svelte's eyes. Once the edit has run and
 * Svelte has drawn the plan again (`settle`), the carried element goes: Svelte removed it with
 * the old day's card, or drew the card anew on its new day (the carried one is then a copy to
 * drop); or, where the edit did not move the card (refused), it goes back where Svelte has it.
 */

/** `Element.moveBefore` (Chromium 133; Electron's Chromium has it). Where it is missing, `carry` says no. */
interface MovingParent {
  moveBefore(node: Node, child: Node | null): void;
}

function canMove(parent: Node): parent is Node & MovingParent {
  return typeof (parent as Partial<MovingParent>).moveBefore === 'function';
}

export class CarriedCard {
  readonly #home: Node & MovingParent;
  readonly #homeNext: Node | null;
  /** The day's suggestions hidden while the card is on it (the rules drop them under a coach card). */
  readonly #hidden: HTMLElement[] = [];
  /** Lists made for days that had no card. */
  readonly #made: HTMLElement[] = [];

  private constructor(
    readonly el: HTMLElement,
    home: Node & MovingParent,
  ) {
    this.#home = home;
    this.#homeNext = el.nextSibling;
  }

  /** A card to carry, or null where the element cannot be moved with its state (no moveBefore). */
  static of(el: HTMLElement): CarriedCard | null {
    const home = el.parentNode;
    return home && canMove(home) ? new CarriedCard(el, home) : null;
  }

  get id(): string {
    return this.el.dataset.sessionId ?? '';
  }

  /**
   * Moves the card into `day`'s list where the rules will place it (among the coach's cards by
   * id, in code units, as evaluate-plan.ts orders a day) and hides the day's suggestions. False if
   * it could not (the card keeps its place).
   */
  carryTo(day: HTMLElement): boolean {
    const list = this.#listOf(day);
    if (!list || !canMove(list)) return false;
    let before: Element | null = null;
    for (const other of list.children) {
      if (!(other instanceof HTMLElement) || other === this.el) continue;
      if (other.dataset.origin === 'rule') {
        if (other.style.display !== 'none') {
          other.style.display = 'none';
          this.#hidden.push(other);
        }
      } else if (!before && (other.dataset.sessionId ?? '') > this.id) before = other;
    }
    try {
      list.moveBefore(this.el, before);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * After the edit has run and Svelte has drawn its answer: the carried element goes, unless the
   * card is still where Svelte has it (a refused edit), where it goes back to. `stillThere`: the
   * plan still has the card (not deleted meanwhile).
   */
  settle(stillThere: boolean): void {
    const drawnAgain = [...document.querySelectorAll(`[id="card-${CSS.escape(this.id)}"]`)].some((n) => n !== this.el);
    if (drawnAgain || !stillThere) this.el.remove();
    else if (this.el.parentNode !== this.#home || this.el.nextSibling !== this.#homeNext) {
      const next = this.#homeNext?.parentNode === this.#home ? this.#homeNext : null;
      if (this.#home.isConnected) this.#home.moveBefore(this.el, next);
      else this.el.remove();
    }
    for (const card of this.#hidden) card.style.display = '';
    for (const list of this.#made) if (list.childElementCount === 0) list.remove();
  }

  /** The day's list of cards; a day with none gets one like the others (removed by `settle`). */
  #listOf(day: HTMLElement): HTMLElement | null {
    const list = day.querySelector<HTMLElement>(':scope > .day-sessions');
    if (list) return list;
    const like = this.el.parentElement;
    if (!like) return null;
    const made = like.cloneNode(false) as HTMLElement;
    made.removeAttribute('aria-label');
    const head = day.querySelector(':scope > .day-head');
    if (head) head.after(made);
    else day.append(made);
    this.#made.push(made);
    return made;
  }
}
