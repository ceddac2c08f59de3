/**
 * The side panels (athletes on the left, inspector and warnings on the right): the coach opens
 * and closes them, and the choice is remembered. Below SIDEBAR_BESIDE_WIDTH there is no room for
 * both beside the palette and the calendar: the athletes panel then starts closed and opens over
 * the calendar (not remembered), while the inspector stays beside it as the coach left it. Below
 * NARROW_WIDTH the calendar needs the room, so both start closed there and only one is open at a
 * time until closed again: the athletes panel over the calendar; the inspector beside it from
 * 960 px (App.svelte's `inspectorBeside`: the palette draws narrow and the days narrow to make
 * room), over it below that (a zoomed window), opening with the session the coach selects.
 */
export const NARROW_WIDTH = 1200;
/**
 * Both panels beside the palette leave the calendar its seven days, totals and whole kind labels
 * ('INTERVALS' needs a day 88 px wide) from here on: 200 (athletes) + 118 (palette) + 268
 * (inspector) + 52 + 7 × 88 + 80 (the calendar) + a 17-px scrollbar = 1351. Between 1200 and this
 * both panels lay beside the calendar: at 1280×800 (a 13-inch laptop, a 1920 screen at 150 %) the
 * week's totals were cut off at the window's edge and the calendar scrolled sideways.
 */
export const SIDEBAR_BESIDE_WIDTH = 1350;
const KEY = 'stride.panels';

export type PanelName = 'sidebar' | 'inspector';

interface Remembered {
  sidebar: boolean;
  inspector: boolean;
}

function readRemembered(): Remembered {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<Remembered> | null;
    return { sidebar: v?.sidebar !== false, inspector: v?.inspector !== false };
  } catch {
    return { sidebar: true, inspector: true };
  }
}

export class Panels {
  /** The coach's choice on a wide window (remembered across runs). */
  wide = $state<Remembered>(readRemembered());
  /** What is open on a narrow window (not remembered): over the calendar, or the inspector beside it. */
  narrowOpen = $state<PanelName | null>(null);
  /** The athletes panel opened over the calendar, between NARROW_WIDTH and SIDEBAR_BESIDE_WIDTH (not remembered). */
  sidebarOverOpen = $state(false);
  width = $state(typeof window === 'undefined' ? 1440 : window.innerWidth);

  readonly narrow = $derived(this.width < NARROW_WIDTH);
  /** The athletes panel, opened, lies over the calendar rather than beside it. */
  readonly sidebarOver = $derived(this.width < SIDEBAR_BESIDE_WIDTH);

  isOpen(name: PanelName): boolean {
    if (this.narrow) return this.narrowOpen === name;
    if (name === 'sidebar' && this.sidebarOver) return this.sidebarOverOpen;
    return this.wide[name];
  }

  /** The panel open over the calendar (Escape closes it), if any. */
  get openOver(): PanelName | null {
    if (this.narrow) return this.narrowOpen;
    return this.sidebarOver && this.sidebarOverOpen ? 'sidebar' : null;
  }

  toggle(name: PanelName): void {
    if (this.narrow) {
      this.narrowOpen = this.narrowOpen === name ? null : name;
      return;
    }
    if (name === 'sidebar' && this.sidebarOver) {
      this.sidebarOverOpen = !this.sidebarOverOpen;
      return;
    }
    this.wide = { ...this.wide, [name]: !this.wide[name] };
    try {
      localStorage.setItem(KEY, JSON.stringify(this.wide));
    } catch {
      // Remembering is a convenience only.
    }
  }

  /** Show a panel (the inspector when a session is opened from the keyboard). */
  reveal(name: PanelName): void {
    if (!this.isOpen(name)) this.toggle(name);
  }

  close(name: PanelName): void {
    if (this.isOpen(name)) this.toggle(name);
  }

  /** Follows the window's width; returns the listener's removal. */
  watch(): () => void {
    const onResize = () => {
      this.width = window.innerWidth;
    };
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }
}
