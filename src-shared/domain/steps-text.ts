/**
 * The one-line text of a session's steps (workouts.md "Text syntax"): the parser, which refuses
 * bad text with the position (counting characters from 1) and the token, and the formatter,
 * which gives the canonical line that parses back to the same steps.
 */
import type { PaceRange, Zone } from './paces';
import type { StepContext, StepItem, StepTarget, StepType, WorkoutStep } from './steps';
import { inferredType, isRepeat, STEP_LIMITS, stepDistanceUnit } from './steps';
import type { Units } from './types';
import { KM_PER_MILE } from './units';

export interface StepsTextError {
  /** 1-based character position of the token (an emoji is one character). */
  position: number;
  /** Where the token starts in the text as a string (UTF-16 units, from 0): for marking it. */
  index: number;
  token: string;
  reason: string;
  /** `at 10: "6y(" — expected a repeat like 6x(…)` */
  message: string;
}

export type StepsParse = { ok: true; steps: StepItem[] } | { ok: false; error: StepsTextError };

// ---------- tokens ----------

type Tok =
  | { kind: 'sep'; text: string; start: number; end: number } // , or new line
  | { kind: 'open' | 'close' | 'slash'; text: string; start: number; end: number }
  | { kind: 'pace'; text: string; start: number; end: number; range: PaceRange }
  | { kind: 'word'; text: string; start: number; end: number; glued: boolean } // glued: "(" follows at once
  | { kind: 'bad'; text: string; start: number; end: number; reason: string }; // refused when the parser reaches it

class Refusal extends Error {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

const PACE_RE = /^@\s*(\d{1,2}):([0-5]\d)(?:\s*[-–]\s*(\d{1,2}):([0-5]\d))?(?:\s*\/\s*(km|mi)\b)?/i;
const SPACE = /\s/;
/** `@R`, `@ easy`: a zone word after "@", ending where a word ends. */
const ZONE_AT_RE = /^@\s*([a-z]+)(?=[\s,;()/]|$)/i;

/** Ends a word: white space or one of `,;()/@` (checked by code: the tokenizer asks for every character). */
function isBreak(c: string): boolean {
  const k = c.charCodeAt(0);
  // Printable ASCII: only the six marks; space, controls and other scripts' spaces by the regex.
  if (k > 32 && k < 127) return k === 44 || k === 59 || k === 40 || k === 41 || k === 47 || k === 64;
  return SPACE.test(c);
}

function tokenize(src: string, units: Units): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === '\n' || c === ',' || c === ';') {
      out.push({ kind: 'sep', text: c, start: i, end: i + 1 });
      i++;
    } else if (c === ' ' || SPACE.test(c)) i++;
    else if (c === '(') out.push({ kind: 'open', text: c, start: i, end: ++i });
    else if (c === ')') out.push({ kind: 'close', text: c, start: i, end: ++i });
    else if (c === '/') out.push({ kind: 'slash', text: c, start: i, end: ++i });
    else if (c === '@') {
      // "800m @R": a zone written where a pace goes is that zone, as the word alone would be.
      const z = ZONE_AT_RE.exec(src.slice(i));
      if (z && Object.hasOwn(ZONE_WORDS, z[1].toLowerCase())) {
        const end = i + z[0].length;
        out.push({ kind: 'word', text: z[1], start: i, end, glued: src[end] === '(' });
        i = end;
        continue;
      }
      const m = PACE_RE.exec(src.slice(i));
      let end = i + 1;
      while (end < src.length && !/[\s,;()]/.test(src[end])) end++;
      // A bad pace is refused where the parser reaches it, so an earlier bad token is named first.
      if (!m || (i + m[0].length < src.length && !/[\s,;()/]/.test(src[i + m[0].length]))) {
        out.push({ kind: 'bad', text: src.slice(i, end), start: i, end, reason: 'expected a pace like @4:10, @4:10-4:15 or @7:00/mi' });
        i = end;
        continue;
      }
      const per = (m[5]?.toLowerCase() as Units | undefined) ?? units;
      const toKm = (mm: string, ss: string): number => {
        const s = Number(mm) * 60 + Number(ss);
        return per === 'mi' ? round2(s / KM_PER_MILE) : s;
      };
      const a = toKm(m[1], m[2]);
      const b = m[3] ? toKm(m[3], m[4]) : a;
      const range: PaceRange = a <= b ? [a, b] : [b, a];
      if (range[0] < 120 || range[1] > 1200) out.push({ kind: 'bad', text: m[0], start: i, end: i + m[0].length, reason: 'a pace is between 2:00 and 20:00 per km' });
      else out.push({ kind: 'pace', text: m[0], start: i, end: i + m[0].length, range });
      i += m[0].length;
    } else {
      let end = i;
      while (end < src.length && !isBreak(src[end])) end++;
      out.push({ kind: 'word', text: src.slice(i, end), start: i, end, glued: src[end] === '(' });
      i = end;
    }
  }
  return out;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

// ---------- words ----------

const ZONE_WORDS: Record<string, Zone> = {
  e: 'E',
  easy: 'E',
  m: 'M',
  marathon: 'M',
  t: 'T',
  threshold: 'T',
  tempo: 'T',
  i: 'I',
  interval: 'I',
  intervals: 'I',
  r: 'R',
  rep: 'R',
  reps: 'R',
  repetition: 'R',
};

/** Words naming the step's type (`jog` is a recovery at recovery pace, `walk` a rest step). */
const TYPE_WORDS: Record<string, StepType> = {
  wu: 'warmup',
  warmup: 'warmup',
  'warm-up': 'warmup',
  cd: 'cooldown',
  cooldown: 'cooldown',
  'cool-down': 'cooldown',
  jog: 'recover',
  recover: 'recover',
  recovery: 'recover',
  rest: 'rest',
  walk: 'rest',
  run: 'run',
};

const TIME_UNITS: Record<string, number> = {
  s: 1 / 60,
  sec: 1 / 60,
  secs: 1 / 60,
  '"': 1 / 60,
  min: 1,
  mins: 1,
  minute: 1,
  minutes: 1,
  "'": 1,
  h: 60,
  hr: 60,
  hrs: 60,
  hour: 60,
  hours: 60,
};
const DIST_UNITS: Record<string, number> = { m: 0.001, km: 1, k: 1, mi: KM_PER_MILE, mile: KM_PER_MILE, miles: KM_PER_MILE };

type Quantity = { durationMin: number } | { distanceKm: number } | { open: true };

const NUM = '(\\d+(?:\\.\\d+)?)';
const TIME_RE = new RegExp(`^${NUM}(s|sec|secs|"|min|mins|minute|minutes|'|h|hr|hrs|hour|hours)$`);
const DIST_RE = new RegExp(`^${NUM}(m|km|k|mi|mile|miles)$`);
const HMS_RE = /^(\d+):([0-5]\d):([0-5]\d)$/;
const MS_RE = /^(\d+):([0-5]\d)$/;
const H_MIN_RE = /^(\d+)h(\d{1,2})(?:m|min)?$/;

/** A quantity from one word ("15min", "1h20", "4:30", "800m"), or null when the word is none. */
function quantityOf(word: string): { q: Quantity; metres?: number } | null {
  const w = word.toLowerCase();
  if (w === 'lap' || w === 'open') return { q: { open: true } };
  // Most words are zones and types ("E", "jog"): no digit first, no quantity, no regex needed.
  const c = w.charCodeAt(0);
  if (!(c >= 48 && c <= 57)) return null;
  let m: RegExpExecArray | null;
  // The forms do not overlap, so the common ones ("15min", "800m") are tried first.
  if (w.includes(':')) {
    m = HMS_RE.exec(w);
    if (m) return { q: { durationMin: (Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3])) / 60 } };
    m = MS_RE.exec(w);
    if (m) return { q: { durationMin: (Number(m[1]) * 60 + Number(m[2])) / 60 } };
    return null;
  }
  m = TIME_RE.exec(w);
  if (m) return { q: { durationMin: TIME_UNITS[m[2]] < 1 ? Number(m[1]) / 60 : Number(m[1]) * TIME_UNITS[m[2]] } };
  m = H_MIN_RE.exec(w);
  if (m) return { q: { durationMin: Number(m[1]) * 60 + Number(m[2]) } };
  m = DIST_RE.exec(w);
  if (m) {
    const km = Number(m[1]) * DIST_UNITS[m[2]];
    return { q: { distanceKm: m[2] === 'm' ? Number(m[1]) / 1000 : km }, metres: m[2] === 'm' ? Number(m[1]) : undefined };
  }
  return null;
}

// ---------- the parser ----------

interface RawStep {
  type?: StepType;
  q?: Quantity;
  target?: StepTarget;
  start: number;
}

class Parser {
  private i = 0;
  constructor(
    private readonly toks: Tok[],
    private readonly src: string,
  ) {}

  /** The next token; a bad one is refused here, when the reading reaches it. */
  private peek(): Tok | undefined {
    const t = this.toks[this.i];
    if (t?.kind === 'bad') throw new Refusal(t.start, t.end, t.reason);
    return t;
  }

  parseAll(): StepItem[] {
    const items: (RawStep | { repeat: number; steps: RawStep[] })[] = [];
    const starts: number[] = [];
    while (this.i < this.toks.length) {
      const t = this.peek()!;
      if (t.kind === 'sep') {
        // Blank lines and a trailing comma are harmless; two commas in a row are not.
        const prev = this.toks[this.i - 1];
        if (prev && prev.kind === 'sep' && prev.text === ',' && t.text === ',') {
          throw new Refusal(t.start, t.end, 'expected a step between the commas');
        }
        this.i++;
        continue;
      }
      if (items.length >= STEP_LIMITS.items) throw new Refusal(t.start, t.end, 'a session holds at most 100 items');
      starts.push(t.start);
      items.push(this.parseItem());
      const next = this.peek();
      if (next && next.kind !== 'sep') {
        if (next.kind === 'close') throw new Refusal(next.start, next.end, 'this ")" closes no repeat');
        throw new Refusal(next.start, next.end, 'expected a comma before the next step');
      }
    }
    const count = items.length;
    return items.map((item, index) =>
      'repeat' in item
        ? { repeat: item.repeat, steps: item.steps.map((s, j) => finish(s, { inRepeat: true, index: j })) }
        : finish(item, { inRepeat: false, index, count }),
    );
  }

  /** A repeat prefix at the current token: "6x", "6×", "6 x", "6x800m" (rest of the word is a step). */
  private repeatPrefix(): { count: number; start: number; end: number; rest: string | null; glued: boolean } | null {
    const t = this.peek();
    if (!t || t.kind !== 'word') return null;
    let m = /^(\d+)\s*[x×]$/i.exec(t.text);
    if (m) {
      this.i++;
      return { count: Number(m[1]), start: t.start, end: t.end, rest: null, glued: t.glued };
    }
    m = /^(\d+)$/.exec(t.text);
    const n = this.toks[this.i + 1];
    if (m && n && n.kind === 'word' && /^[x×]$/i.test(n.text)) {
      this.i += 2;
      return { count: Number(m[1]), start: t.start, end: n.end, rest: null, glued: n.glued };
    }
    m = /^(\d+)[x×](\d.*)$/i.exec(t.text);
    if (m) {
      this.i++;
      return { count: Number(m[1]), start: t.start, end: t.end, rest: m[2], glued: t.glued };
    }
    return null;
  }

  private parseItem(): RawStep | { repeat: number; steps: RawStep[] } {
    const t = this.peek()!;
    const rep = this.repeatPrefix();
    if (!rep) {
      if (t.kind === 'open') throw new Refusal(t.start, t.end, 'expected a repeat like 6x(…)');
      if (t.kind === 'word' && t.glued) throw new Refusal(t.start, t.end + 1, 'expected a repeat like 6x(…)');
      return this.parseStep(false);
    }
    const paren = this.peek();
    const withParen = paren?.kind === 'open';
    const tokenEnd = withParen ? paren.end : rep.end;
    if (rep.count < STEP_LIMITS.repeatMin || rep.count > STEP_LIMITS.repeatMax) {
      throw new Refusal(rep.start, tokenEnd, 'a repeat runs 2–50 times');
    }
    const steps: RawStep[] = [];
    if (withParen) {
      if (rep.rest !== null) throw new Refusal(rep.start, tokenEnd, 'expected a repeat like 6x(…)');
      this.i++;
      for (;;) {
        const n = this.peek();
        if (!n) throw new Refusal(rep.start, tokenEnd, 'this repeat\'s "(" is never closed');
        if (n.kind === 'close') {
          if (steps.length === 0) throw new Refusal(n.start, n.end, 'a repeat holds 1–10 steps');
          this.i++;
          break;
        }
        if (n.kind === 'sep' || n.kind === 'slash') {
          if (steps.length === 0) throw new Refusal(n.start, n.end, 'expected a step');
          this.i++;
          continue;
        }
        if (steps.length >= STEP_LIMITS.blockSteps) throw new Refusal(n.start, n.end, 'a repeat holds at most 10 steps');
        steps.push(this.parseStep(true));
        const after = this.peek();
        if (after && after.kind !== 'sep' && after.kind !== 'slash' && after.kind !== 'close') {
          throw new Refusal(after.start, after.end, 'expected a comma before the next step');
        }
      }
    } else {
      steps.push(this.parseStep(true, rep.rest !== null ? { text: rep.rest, start: rep.start + (rep.end - rep.start - rep.rest.length) } : undefined));
      while (this.peek()?.kind === 'slash') {
        this.i++;
        const n = this.peek();
        if (!n || n.kind !== 'word' && n.kind !== 'pace') {
          const at = n ?? this.toks[this.i - 1];
          throw new Refusal(at.start, at.end, 'expected a step after "/"');
        }
        if (steps.length >= STEP_LIMITS.blockSteps) throw new Refusal(n.start, n.end, 'a repeat holds at most 10 steps');
        steps.push(this.parseStep(true));
      }
    }
    return { repeat: rep.count, steps };
  }

  /** Words up to the next separator make one step. */
  private parseStep(inRepeat: boolean, firstWord?: { text: string; start: number }): RawStep {
    const first = this.peek();
    const step: RawStep = { start: firstWord?.start ?? first?.start ?? this.src.length };
    const words: { text: string; start: number; end: number; glued: boolean; pace?: PaceRange }[] = [];
    if (firstWord) words.push({ text: firstWord.text, start: firstWord.start, end: firstWord.start + firstWord.text.length, glued: false });
    for (;;) {
      const t = this.peek();
      if (!t || t.kind === 'sep' || t.kind === 'slash' || t.kind === 'close') break;
      if (t.kind === 'open') throw new Refusal(t.start, t.end, inRepeat ? 'repeats do not nest' : 'expected a repeat like 6x(…)');
      if (t.kind === 'word' && (inRepeat ? words.length === 0 : words.length > 0) && this.looksLikeRepeat()) {
        const n = this.toks[this.i + 1];
        const end = t.glued ? t.end + 1 : n?.kind === 'open' || (n?.kind === 'word' && /^[x×]$/i.test(n.text)) ? n.end : t.end;
        // Outside a repeat, a repeat after a step's words is a new item with its comma forgotten
        // ("15min E 6x(…)"); "expected a repeat like 6x(…)" named what the coach had written.
        throw new Refusal(t.start, end, inRepeat ? 'repeats do not nest' : 'expected a comma before the next step');
      }
      if (t.kind === 'word' && t.glued) throw new Refusal(t.start, t.end + 1, inRepeat && /^\d+[x×]$/i.test(t.text) ? 'repeats do not nest' : 'expected a repeat like 6x(…)');
      words.push(t.kind === 'pace' ? { text: t.text, start: t.start, end: t.end, glued: false, pace: t.range } : { text: t.text, start: t.start, end: t.end, glued: false });
      this.i++;
    }
    if (words.length === 0) {
      const t = this.peek();
      if (t) throw new Refusal(t.start, t.end, 'expected a step');
      throw new Refusal(Math.max(0, this.src.length - 1), this.src.length, 'expected a step');
    }
    step.start = words[0].start;
    for (let k = 0; k < words.length; k++) {
      const w = words[k];
      const lower = w.text.toLowerCase();
      if (w.pace) {
        this.setTarget(step, { paceSecPerKm: w.pace }, w.start, w.end);
        continue;
      }
      // Zone and type words first: the commonest, letters only, so no rule below could take them.
      // Own keys only: "constructor" is no step word.
      if (Object.hasOwn(ZONE_WORDS, lower)) {
        this.setTarget(step, ZONE_WORDS[lower], w.start, w.end);
        continue;
      }
      if (Object.hasOwn(TYPE_WORDS, lower)) {
        this.setType(step, TYPE_WORDS[lower], w.start, w.end);
        continue;
      }
      // A bare number: its unit is the next word ("15 min", "800 m").
      if (/^\d+(\.\d+)?$/.test(lower)) {
        const next = words[k + 1];
        const unit = next?.text.toLowerCase();
        if (next && unit && (Object.hasOwn(TIME_UNITS, unit) || Object.hasOwn(DIST_UNITS, unit))) {
          this.setQuantity(step, quantityOf(lower + unit)!, w.start, next.end);
          k++;
          continue;
        }
        throw new Refusal(w.start, w.end, 'a number needs a unit: min, s, h, m, km or mi');
      }
      const q = quantityOf(lower);
      if (q) {
        this.setQuantity(step, q, w.start, w.end);
        continue;
      }
      if (lower === 'rpe') {
        const next = words[k + 1];
        const n = next ? Number(next.text) : NaN;
        if (!next || !Number.isInteger(n) || n < 1 || n > 10 || !/^\d+$/.test(next.text)) {
          throw new Refusal(w.start, next ? next.end : w.end, 'expected an effort like RPE 7 (1–10)');
        }
        this.setTarget(step, { rpe: n }, w.start, next.end);
        k++;
        continue;
      }
      const rpe = /^rpe(\d+)$/.exec(lower);
      if (rpe) {
        const n = Number(rpe[1]);
        if (n < 1 || n > 10) throw new Refusal(w.start, w.end, 'expected an effort like RPE 7 (1–10)');
        this.setTarget(step, { rpe: n }, w.start, w.end);
        continue;
      }
      if ((lower === 'warm' || lower === 'cool') && words[k + 1]?.text.toLowerCase() === (lower === 'warm' ? 'up' : 'down')) {
        this.setType(step, lower === 'warm' ? 'warmup' : 'cooldown', w.start, words[k + 1].end);
        k++;
        continue;
      }
      throw new Refusal(w.start, w.end, wordProblem(lower));
    }
    return step;
  }

  private looksLikeRepeat(): boolean {
    const t = this.toks[this.i];
    if (t.kind !== 'word') return false;
    if (/^\d+\s*[x×]$/i.test(t.text) || /^\d+[x×]\d/i.test(t.text)) return true;
    const n = this.toks[this.i + 1];
    return /^\d+$/.test(t.text) && n?.kind === 'word' && /^[x×]$/i.test(n.text);
  }

  private setQuantity(step: RawStep, q: { q: Quantity; metres?: number }, start: number, end: number): void {
    if (step.q) throw new Refusal(start, end, 'a step has one time or distance');
    if (q.metres !== undefined && q.metres < 50) {
      throw new Refusal(start, end, `${fmtNum(q.metres)} m is ${fmtNum(q.metres)} metres; write ${fmtNum(q.metres)}min for minutes`);
    }
    if ('durationMin' in q.q && (q.q.durationMin < STEP_LIMITS.durationMin - 1e-9 || q.q.durationMin > STEP_LIMITS.durationMax)) {
      throw new Refusal(start, end, 'a step lasts 6 s to 600 min');
    }
    if ('distanceKm' in q.q && (q.q.distanceKm < STEP_LIMITS.distanceMin - 1e-9 || q.q.distanceKm > STEP_LIMITS.distanceMax)) {
      throw new Refusal(start, end, 'a step covers 50 m to 300 km');
    }
    step.q = q.q;
  }

  private setTarget(step: RawStep, t: StepTarget, start: number, end: number): void {
    if (step.target !== undefined) throw new Refusal(start, end, 'a step has one target');
    step.target = t;
  }

  private setType(step: RawStep, type: StepType, start: number, end: number): void {
    if (step.type !== undefined && step.type !== type) throw new Refusal(start, end, 'a step has one type');
    step.type = type;
  }
}

function wordProblem(word: string): string {
  if (/^\d+(\.\d+)?[a-z]+$/i.test(word) && /^\d+(\.\d+)?(min|m|km|mi|s|h)[a-z]+$/i.test(word)) {
    return 'write a space between words (15min E)';
  }
  if (word.toLowerCase() === 'at') return 'write a pace with @, like @4:30';
  if (/^\d/.test(word)) return 'not a time (15min, 1h20, 4:30, 90s) or a distance (800m, 1.5km, 2mi)';
  return 'not a step word: a time, a distance, lap, a zone (E M T I R), @pace, RPE n, jog, rest, wu or cd';
}

function fmtNum(n: number): string {
  return String(Number(n.toFixed(3)));
}

function finish(raw: RawStep, ctx: StepContext): WorkoutStep {
  const step: WorkoutStep = { type: raw.type ?? inferredType(raw.target, ctx) };
  if (raw.q && 'durationMin' in raw.q) step.durationMin = raw.q.durationMin;
  if (raw.q && 'distanceKm' in raw.q) step.distanceKm = clean(raw.q.distanceKm);
  if (raw.target !== undefined) step.target = raw.target;
  return step;
}

/** Drops binary noise (0.1 + 0.2) so stored numbers read as typed. */
function clean(x: number): number {
  return Number(x.toFixed(9));
}

/** Parses the one-line text of a session's steps. Empty text is no steps. */
export function parseStepsText(src: string, units: Units = 'km'): StepsParse {
  try {
    const toks = tokenize(src, units);
    return { ok: true, steps: new Parser(toks, src).parseAll() };
  } catch (e) {
    if (!(e instanceof Refusal)) throw e;
    const token = src.slice(e.start, Math.max(e.end, e.start + 1));
    // Characters, not UTF-16 units: a surrogate pair before the token counts once.
    const position = [...src.slice(0, e.start)].length + 1;
    return { ok: false, error: { position, index: e.start, token, reason: e.reason, message: `at ${position}: "${token}" — ${e.reason}` } };
  }
}

// ---------- the formatter ----------

/** "15min", "1h", "1h20", "4:30", "90s" */
export function formatStepTime(durationMin: number): string {
  const sec = durationMin * 60;
  const whole = Math.round(sec);
  if (Math.abs(sec - whole) > 1e-6) return `${fmt(durationMin)}min`;
  if (whole < 120 && whole % 60 !== 0) return `${whole}s`;
  if (whole < 60) return `${whole}s`;
  if (whole % 60 !== 0) {
    const m = Math.floor(whole / 60);
    const s = String(whole % 60).padStart(2, '0');
    return m >= 60 ? `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}:${s}` : `${m}:${s}`;
  }
  const min = whole / 60;
  if (min < 60) return `${min}min`;
  const h = Math.floor(min / 60);
  const r = min % 60;
  return r ? `${h}h${String(r).padStart(2, '0')}` : `${h}h`;
}

/**
 * "800m", "1.5km", "2mi": in the unit `stepDistanceUnit` names (as print and iCal do), but miles
 * only where they parse back to the very same kilometres (thousandths of a mile, as typed), so
 * the line stays exact; any other distance in metres or km.
 */
export function formatStepDistance(km: number, units: Units): string {
  if (stepDistanceUnit(km, units) === 'mi') {
    const mi = Number((km / KM_PER_MILE).toFixed(3));
    if (Math.abs(clean(mi * KM_PER_MILE) - km) < 1e-9) return `${fmt(mi)}mi`;
  }
  const metres = Number((km * 1000).toFixed(6));
  if (km < 1) return `${fmt(metres)}m`;
  return `${fmt(km)}km`;
}

function fmt(x: number): string {
  return String(Number(x.toFixed(9)));
}

/** "@4:10-4:15" in the plan's units (mile paces rounded to the second). */
export function formatPaceTarget(range: PaceRange, units: Units): string {
  const one = (s: number): string => {
    const sec = Math.round(units === 'mi' ? s * KM_PER_MILE : s);
    return `${Math.floor(sec / 60)}:${String(sec % 60).padStart(2, '0')}`;
  };
  const a = one(range[0]);
  const b = one(range[1]);
  return a === b ? `@${a}` : `@${a}-${b}`;
}

const TYPE_TEXT: Record<StepType, string> = { warmup: 'wu', cooldown: 'cd', recover: 'jog', rest: 'rest', run: 'run' };

function formatStep(step: WorkoutStep, ctx: StepContext, units: Units): string {
  const words: string[] = [];
  if (step.durationMin != null) words.push(formatStepTime(step.durationMin));
  else if (step.distanceKm != null) words.push(formatStepDistance(step.distanceKm, units));
  else words.push('lap');
  // The type word only where the text would not infer it, but a jog and a rest always say so.
  const needsWord =
    inferredType(step.target, ctx) !== step.type || step.type === 'rest' || (step.type === 'recover' && step.target === undefined);
  if (needsWord) words.push(TYPE_TEXT[step.type]);
  const t = step.target;
  if (t !== undefined) {
    if (typeof t === 'string') words.push(t);
    else if ('rpe' in t) words.push(`RPE ${t.rpe}`);
    else words.push(formatPaceTarget(t.paceSecPerKm, units));
  }
  return words.join(' ');
}

/** The canonical line: `15min E, 6x(800m I, 2min jog), 10min E`. Notes are left out. */
export function formatStepsText(items: readonly StepItem[], units: Units = 'km'): string {
  const count = items.length;
  return items
    .map((item, index) =>
      isRepeat(item)
        ? `${item.repeat}x(${item.steps.map((s, j) => formatStep(s, { inRepeat: true, index: j }, units)).join(', ')})`
        : formatStep(item, { inRepeat: false, index, count }, units),
    )
    .join(', ');
}

/** The canonical line cut to `max` characters with "…" (for cards). */
export function shortStepsText(items: readonly StepItem[], units: Units, max = 40): string {
  const full = formatStepsText(items, units);
  return full.length <= max ? full : `${full.slice(0, max - 1).trimEnd()}…`;
}
