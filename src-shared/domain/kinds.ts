/** Session kinds and their defaults (recovery-rules.md "Terms", load.md default table). */

export const SESSION_KINDS = [
  'easy',
  'recovery',
  'long',
  'tempo',
  'intervals',
  'hills',
  'fartlek',
  'race',
  'cross',
  'strength',
  'rest',
] as const;

export type SessionKind = (typeof SESSION_KINDS)[number];

export const RUNNING_KINDS: ReadonlySet<SessionKind> = new Set([
  'easy',
  'recovery',
  'long',
  'tempo',
  'intervals',
  'hills',
  'fartlek',
  'race',
]);

/** Kinds that make a coach session hard whatever its RPE. */
export const HARD_KINDS: ReadonlySet<SessionKind> = new Set(['long', 'tempo', 'intervals', 'hills', 'fartlek', 'race']);

export const DEFAULT_RPE: Record<Exclude<SessionKind, 'rest'>, number> = {
  easy: 3,
  recovery: 2,
  long: 5,
  tempo: 7,
  intervals: 8,
  hills: 8,
  fartlek: 6,
  race: 9,
  cross: 4,
  strength: 5,
};

export const DEFAULT_TITLE: Record<SessionKind, string> = {
  easy: 'Easy run',
  recovery: 'Recovery run',
  long: 'Long run',
  tempo: 'Tempo run',
  intervals: 'Intervals',
  hills: 'Hill repeats',
  fartlek: 'Fartlek',
  race: 'Race',
  cross: 'Cross-training',
  strength: 'Strength',
  rest: 'Rest day',
};

/** How a kind reads in a sentence ("an interval session needs a duration"). */
export const KIND_NOUN: Record<SessionKind, string> = {
  easy: 'an easy run',
  recovery: 'a recovery run',
  long: 'a long run',
  tempo: 'a tempo run',
  intervals: 'an interval session',
  hills: 'a hill session',
  fartlek: 'a fartlek',
  race: 'a race',
  cross: 'a cross-training session',
  strength: 'a strength session',
  rest: 'a rest day',
};

/** Short labels for the palette and cards (kinds always carry a text label, not only a colour). */
export const KIND_LABEL: Record<SessionKind, string> = {
  easy: 'Easy',
  recovery: 'Recovery',
  long: 'Long run',
  tempo: 'Tempo',
  intervals: 'Intervals',
  hills: 'Hills',
  fartlek: 'Fartlek',
  race: 'Race',
  cross: 'Cross',
  strength: 'Strength',
  rest: 'Rest',
};

/** Okabe–Ito colour-blind-safe set (design.md). Rest has no fill (a hatch in CSS). */
export const KIND_COLOUR: Record<SessionKind, string> = {
  easy: '#56B4E9',
  recovery: '#009E73',
  long: '#0072B2',
  tempo: '#E69F00',
  intervals: '#D55E00',
  hills: '#CC79A7',
  fartlek: '#F0E442',
  race: '#000000',
  cross: '#999999',
  strength: '#7F6A93',
  rest: 'transparent',
};

/** Default duration in minutes when a kind is dropped from the palette (a coach's usual session). */
export const DEFAULT_DURATION_MIN: Record<SessionKind, number | null> = {
  easy: 45,
  recovery: 30,
  long: 90,
  tempo: 50,
  intervals: 60,
  hills: 50,
  fartlek: 45,
  race: 60,
  cross: 45,
  strength: 40,
  rest: null,
};

/** Default distance (km) for kinds that need one: a race always has a distance. */
export const DEFAULT_DISTANCE_KM: Partial<Record<SessionKind, number>> = {
  race: 10,
};

export function isRunningKind(kind: SessionKind): boolean {
  return RUNNING_KINDS.has(kind);
}

export function isSessionKind(value: unknown): value is SessionKind {
  return typeof value === 'string' && (SESSION_KINDS as readonly string[]).includes(value);
}

/** A session's RPE: its own or its kind's default; a rest session has none. */
export function effectiveRpe(session: { kind: SessionKind; rpe?: number | null }): number | null {
  if (session.kind === 'rest') return null;
  return session.rpe ?? DEFAULT_RPE[session.kind];
}

export function effectiveTitle(session: { kind: SessionKind; title?: string | null }): string {
  const t = session.title?.trim();
  return t ? t : DEFAULT_TITLE[session.kind];
}
