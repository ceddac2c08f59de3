/**
 * The load chart's colours and reference values, on screen and on paper (print-chart.ts): the
 * zone colours of design.md, the colour-blind-safe single-bar blue, and each scheme's palette.
 */

/** design.md: chart zones low / moderate / high. */
export const ZONE_COLOUR = { low: '#009E73', moderate: '#E69F00', high: '#D55E00' } as const;
/**
 * Distance and minutes bars: Okabe–Ito blue, apart from the zone colours so the modes never read
 * alike; its lighter sky blue on the dark scheme, where the deep blue sinks into the background.
 */
export const SINGLE_BAR_COLOUR = { light: '#0072B2', dark: '#56B4E9' } as const;

export const ZONE_LABEL = { low: 'Low (RPE 1–4)', moderate: 'Moderate (RPE 5–6)', high: 'High (RPE 7–10)' } as const;

/** Gabbett (2016): 0.8–1.3 shaded as the "sweet spot"; the load-spike notice starts above 1.5. */
export const SWEET_SPOT = { from: 0.8, to: 1.3 } as const;
export const SPIKE_RATIO = 1.5;

/**
 * Fitness blue and fatigue reddish purple (Okabe–Ito, apart from the zone colours), form dashed
 * in the text colour. With the lines on, bars are drawn at this opacity: the lines are then what
 * the coach is reading, and a line over a bar of its own hue would vanish at full strength.
 */
export const BARS_UNDER_LINES_ALPHA = 0.45;

export interface Palette {
  text: string;
  muted: string;
  grid: string;
  ratio: string;
  band: string;
  bandLabel: string;
  highlight: string;
  tooltipBg: string;
  tooltipText: string;
  warning: string;
  notice: string;
  markerEdge: string;
  backdrop: string;
  /** The band's legend swatch: the band's tint made visible at legend size. */
  bandSwatch: string;
  /** Fitness, fatigue and form lines (form dashed) and the race-day marker. */
  fitness: string;
  fatigue: string;
  form: string;
  race: string;
  /** Alternate phase runs' shading, fainter than the ratio band. */
  phase: string;
}

/** Colours per scheme; text colours meet 4.5:1 on the app's surfaces (app.css --text / --text-muted). */
export function paletteFor(dark: boolean): Palette {
  return dark
    ? {
        text: '#e6e9ed',
        muted: '#a9b2bd',
        grid: 'rgba(230, 233, 237, 0.10)',
        ratio: '#e6e9ed',
        band: 'rgba(230, 233, 237, 0.08)',
        bandLabel: '#a9b2bd',
        highlight: 'rgba(86, 180, 233, 0.16)',
        tooltipBg: '#2a3037',
        tooltipText: '#e6e9ed',
        warning: '#f0b429',
        notice: '#8d949c',
        markerEdge: '#e6e9ed',
        backdrop: 'rgba(25, 29, 34, 0.85)',
        bandSwatch: 'rgba(230, 233, 237, 0.3)',
        fitness: '#56B4E9',
        fatigue: '#CC79A7',
        form: '#e6e9ed',
        race: '#e6e9ed',
        phase: 'rgba(230, 233, 237, 0.05)',
      }
    : {
        text: '#1b2129',
        muted: '#56606d',
        grid: 'rgba(27, 33, 41, 0.08)',
        ratio: '#1b2129',
        band: 'rgba(27, 33, 41, 0.06)',
        bandLabel: '#56606d',
        highlight: 'rgba(0, 114, 178, 0.12)',
        tooltipBg: '#1b2129',
        tooltipText: '#ffffff',
        warning: '#E69F00',
        notice: '#8a8f96',
        markerEdge: '#1b2129',
        backdrop: 'rgba(255, 255, 255, 0.85)',
        bandSwatch: 'rgba(27, 33, 41, 0.2)',
        fitness: '#0072B2',
        fatigue: '#CC79A7',
        form: '#1b2129',
        race: '#000000',
        phase: 'rgba(27, 33, 41, 0.04)',
      };
}
