/**
 * Reactive values with one signal per key (a day, a week), so that a change to one day notifies
 * that day's cell alone.
 *
 * A 52-week calendar has 364 day cells. Handing each of them the whole plan's index (one `Map`
 * signal) makes every edit wake all 364 cells to find out whether their own entry moved; with a
 * signal per key, a drop on Tuesday wakes Tuesday and Wednesday and nothing else.
 *
 * Slots are made by the writer (`ensure`, `setAll`, `set`), never by a reader: Svelte does not
 * track a read of state made inside the same reaction, so a slot made lazily by the cell reading
 * it would never notify that cell. A read of a key without a slot tracks `#added` instead, which
 * changes when slots are made (rarely: the calendar makes one per plan day up front).
 */
import { untrack } from 'svelte';

/** One key's value; `$state.raw`: values are replaced, never edited in place. */
class Slot<V> {
  value = $state.raw() as V;
  constructor(value: V) {
    this.value = value;
  }
}

export class KeyedState<K, V> {
  // A plain Map on purpose: the slots are the reactive part; this index of them is never read
  // reactively (a SvelteMap would make every reader depend on the whole index again).
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #slots = new Map<K, Slot<V>>();
  readonly #absent: V;
  /** Bumped whenever slots are made, for readers of keys that had none. */
  readonly #added = new Slot(0);

  /** `absent` is what a key without an entry reads (share one constant, so it never "changes"). */
  constructor(absent: V) {
    this.#absent = absent;
  }

  /** Tracked per key: a reader is notified when this key's value changes, not when others do. */
  get(key: K): V {
    const slot = this.#slots.get(key);
    if (slot) return slot.value;
    void this.#added.value;
    return this.#absent;
  }

  /** Make slots for keys that will be read (all the plan's days), before their readers exist. */
  ensure(keys: Iterable<K>): void {
    untrack(() => {
      let made = false;
      for (const key of keys) {
        if (this.#slots.has(key)) continue;
        this.#slots.set(key, new Slot(this.#absent));
        made = true;
      }
      if (made) this.#added.value++;
    });
  }

  set(key: K, value: V): void {
    untrack(() => {
      const slot = this.#slots.get(key);
      if (slot) {
        if (slot.value !== value) slot.value = value;
      } else {
        this.#slots.set(key, new Slot(value));
        this.#added.value++;
      }
    });
  }

  /**
   * Take `next` as the whole content: keys missing from it read `absent`. Callers hand unchanged
   * keys the same value object as before (see `reuseUnchanged`), so those stay silent.
   *
   * `now` (when given) says which keys must show the change at once; the others keep their old
   * value until `applyPending` (the calendar's rows far off screen, so a bulk edit renders the
   * rows the coach sees first). Returns whether any change is pending.
   */
  setAll(next: ReadonlyMap<K, V>, now?: (key: K) => boolean): boolean {
    return untrack(() => {
      for (const [key, slot] of this.#slots) {
        const value = next.has(key) ? (next.get(key) as V) : this.#absent;
        if (now && !now(key)) {
          if (slot.value !== value) this.#pending.set(key, value);
          else this.#pending.delete(key);
          continue;
        }
        this.#pending.delete(key);
        if (slot.value !== value) slot.value = value;
      }
      let made = false;
      for (const [key, value] of next) {
        if (this.#slots.has(key)) continue;
        this.#slots.set(key, new Slot(value));
        made = true;
      }
      if (made) this.#added.value++;
      return this.#pending.size > 0;
    });
  }

  /** Changes held back by `setAll`'s `now`, by key. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- the slots are the reactive part
  readonly #pending = new Map<K, V>();

  get hasPending(): boolean {
    return this.#pending.size > 0;
  }

  /** Shows the held-back change of `key`, if any. */
  applyPending(key: K): void {
    if (!this.#pending.has(key)) return;
    const value = this.#pending.get(key) as V;
    this.#pending.delete(key);
    this.set(key, value);
  }

  /** The keys with a held-back change, oldest first. */
  pendingKeys(): K[] {
    return [...this.#pending.keys()];
  }
}

/** At most one key "on" (the focused day, the day under a drag): only the two keys that flip notify. */
export class KeyedFlag<K> {
  readonly #state = new KeyedState<K, boolean>(false);
  #on: K | null = null;

  is(key: K): boolean {
    return this.#state.get(key);
  }

  ensure(keys: Iterable<K>): void {
    this.#state.ensure(keys);
  }

  set(key: K | null): void {
    if (key === this.#on) return;
    if (this.#on !== null) this.#state.set(this.#on, false);
    this.#on = key;
    if (key !== null) this.#state.set(key, true);
  }
}
