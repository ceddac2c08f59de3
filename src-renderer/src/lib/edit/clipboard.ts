/**
 * What Ctrl/Cmd+C puts on the clipboard: a week or session clipboard as plain JSON, so a copied
 * week pastes into another plan (another window, another tab) as well as this one. The JSON goes
 * on the system clipboard under Stride's own type and as text; a paste that is not Stride's
 * (text from elsewhere) is ignored, and anything malformed is refused before it becomes edits.
 */
import { SESSION_KINDS, type SessionKind } from '../../../../src-shared/domain/kinds';
import { DERIVED_RULE_IDS, type DerivedRuleId } from '../../../../src-shared/domain/types';
import type { ClipSession, SessionClipboard, WeekClipboard } from '../../../../src-shared/edits/week-operations';

export type Clip = WeekClipboard | SessionClipboard;

/** Stride's clipboard type (Chromium keeps custom types for other Chromium pages and windows). */
export const CLIP_MIME = 'application/x-stride-clip+json';
const MARK = 'stride-clipboard';

/** A clip with the coach's name for where it came from ("week 1"), for labels like "Paste week 1 onto week 4". */
export interface NamedClip {
  clip: Clip;
  from: string | null;
}

export function clipText(named: NamedClip): string {
  return JSON.stringify({ [MARK]: 1, from: named.from, ...named.clip });
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isNumOrNull = (v: unknown) => v === null || isNum(v);
const isStrOrNull = (v: unknown) => v === null || typeof v === 'string';

function clipSession(v: unknown): ClipSession | null {
  if (!v || typeof v !== 'object') return null;
  const s = v as Record<string, unknown>;
  if (!SESSION_KINDS.includes(s.kind as SessionKind)) return null;
  if (!Number.isInteger(s.dayOffset) || (s.dayOffset as number) < 0 || (s.dayOffset as number) > 7 * 104) return null;
  if (!isStrOrNull(s.title) || !isStrOrNull(s.notes)) return null;
  if (!isNumOrNull(s.durationMin) || !isNumOrNull(s.distanceKm) || !isNumOrNull(s.rpe)) return null;
  // The known fields only: main takes a session's exact fields, and a clip may come from elsewhere.
  return {
    kind: s.kind,
    title: s.title,
    durationMin: s.durationMin,
    distanceKm: s.distanceKm,
    rpe: s.rpe,
    notes: s.notes,
    dayOffset: s.dayOffset,
  } as ClipSession;
}

/** The clip in a pasted text, or null when the text is not a Stride clipboard. */
export function parseClip(text: string | null | undefined): NamedClip | null {
  if (!text || !text.includes(MARK)) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (!raw || typeof raw !== 'object' || (raw as Record<string, unknown>)[MARK] !== 1) return null;
  const r = raw as Record<string, unknown>;
  if (!Array.isArray(r.sessions)) return null;
  const sessions = r.sessions.map(clipSession);
  if (sessions.some((s) => s === null)) return null;
  const from = typeof r.from === 'string' ? r.from : null;
  if (r.kind === 'sessions') return { clip: { kind: 'sessions', sessions: sessions as ClipSession[] }, from };
  if (r.kind !== 'weeks' || !Number.isInteger(r.weeks) || (r.weeks as number) < 1 || (r.weeks as number) > 104)
    return null;
  const dismissed = Array.isArray(r.dismissed) ? r.dismissed : [];
  const okDismissed = dismissed.every(
    (d) => d && Number.isInteger(d.dayOffset) && DERIVED_RULE_IDS.includes(d.ruleId as DerivedRuleId),
  );
  if (!okDismissed) return null;
  return {
    clip: {
      kind: 'weeks',
      weeks: r.weeks as number,
      sessions: sessions as ClipSession[],
      dismissed: dismissed.map((d: { dayOffset: number; ruleId: DerivedRuleId }) => ({
        dayOffset: d.dayOffset,
        ruleId: d.ruleId,
      })),
    },
    from,
  };
}
