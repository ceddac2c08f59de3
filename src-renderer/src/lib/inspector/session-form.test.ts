import { describe, expect, it } from 'vitest';
import type { CoachSession } from '../../../../src-shared/domain/types';
import { draftOf, isNoChange, kindChangePatch, parseField } from './session-form';

const tempo: CoachSession = {
  id: 's1',
  date: '2027-03-02',
  kind: 'tempo',
  title: null,
  durationMin: 50,
  distanceKm: 10,
  rpe: null,
  notes: null,
};

describe('inspector fields', () => {
  it('shows distances in the plan’s units without float noise', () => {
    expect(draftOf(tempo, 'km')).toEqual({ title: '', duration: '50', distance: '10', rpe: '', notes: '' });
    expect(draftOf(tempo, 'mi').distance).toBe('6.21');
  });

  it('refuses an RPE outside 1–10 or not whole', () => {
    for (const text of ['12', '0', '-3', '7.5', 'hard']) {
      expect(parseField('rpe', text, 'tempo', 'km')).toEqual({ ok: false, error: 'RPE: a whole number from 1 to 10' });
    }
    expect(parseField('rpe', '10', 'tempo', 'km')).toEqual({ ok: true, patch: { rpe: 10 } });
    expect(parseField('rpe', '', 'tempo', 'km')).toEqual({ ok: true, patch: { rpe: null } });
  });

  it('refuses a negative, too long or missing duration', () => {
    expect(parseField('duration', '-20', 'tempo', 'km')).toEqual({ ok: false, error: 'Duration: cannot be negative' });
    // plan-file.md and the store allow 1,440 minutes (a 24-hour race): an imported ultra stays editable.
    expect(parseField('duration', '1441', 'race', 'km')).toEqual({
      ok: false,
      error: 'Duration: at most 1,440 minutes (24 h)',
    });
    expect(parseField('duration', '1440', 'race', 'km')).toEqual({ ok: true, patch: { durationMin: 1440 } });
    expect(parseField('duration', '700', 'long', 'km')).toEqual({ ok: true, patch: { durationMin: 700 } });
    // The sentence main gives for it (apply-edits.ts), with the kind named as a coach names it.
    expect(parseField('duration', '', 'tempo', 'km')).toEqual({
      ok: false,
      error: 'A tempo run needs a duration: give it minutes, or steps with a time or distance',
    });
    expect(parseField('duration', '', 'intervals', 'km')).toEqual({
      ok: false,
      error: 'An interval session needs a duration: give it minutes, or steps with a time or distance',
    });
    expect(parseField('duration', '0', 'easy', 'km')).toEqual({
      ok: false,
      error: 'An easy run needs a duration over 0 minutes',
    });
    expect(parseField('duration', 'abc', 'tempo', 'km').ok).toBe(false);
    expect(parseField('duration', '', 'rest', 'km')).toEqual({ ok: true, patch: { durationMin: null } });
    expect(parseField('duration', '47,5', 'easy', 'km')).toEqual({ ok: true, patch: { durationMin: 47.5 } });
  });

  it('converts miles to kilometres to the metre, and a race must keep a distance', () => {
    expect(parseField('distance', '6.2', 'tempo', 'mi')).toEqual({ ok: true, patch: { distanceKm: 9.978 } });
    expect(parseField('distance', '', 'tempo', 'km')).toEqual({ ok: true, patch: { distanceKm: null } });
    expect(parseField('distance', '', 'race', 'km')).toEqual({
      ok: false,
      error: 'A race needs a distance: enter how far it is under Distance',
    });
    expect(parseField('distance', '0', 'race', 'km')).toEqual({
      ok: false,
      error: 'A race needs a distance: enter how far it is under Distance',
    });
    expect(parseField('distance', '-1', 'easy', 'km')).toEqual({ ok: false, error: 'Distance: cannot be negative' });
    expect(parseField('distance', '301', 'long', 'km').ok).toBe(false);
    expect(parseField('distance', '186', 'long', 'mi').ok).toBe(true); // 299.3 km
  });

  it('an empty title means the kind’s own', () => {
    expect(parseField('title', '  ', 'tempo', 'km')).toEqual({ ok: true, patch: { title: null } });
    expect(parseField('title', 'x'.repeat(201), 'tempo', 'km').ok).toBe(false);
  });

  it('changing the kind fills what the new kind needs', () => {
    expect(kindChangePatch({ ...tempo, distanceKm: null }, 'race')).toEqual({ kind: 'race', distanceKm: 10 });
    expect(kindChangePatch({ ...tempo, kind: 'rest', durationMin: null }, 'easy')).toEqual({
      kind: 'easy',
      durationMin: 45,
    });
    expect(kindChangePatch(tempo, 'rest')).toEqual({
      kind: 'rest',
      durationMin: null,
      distanceKm: null,
      rpe: null,
      title: null,
      notes: null,
    });
    // An intervals session turned into rest keeps neither its workout title nor its notes.
    const intervals = { ...tempo, kind: 'intervals' as const, title: '6×800 m @ 5K pace, 2 min jog', notes: 'Track' };
    expect(kindChangePatch(intervals, 'rest')).toMatchObject({ title: null, notes: null });
  });

  it('accepts "16." as a distance', () => {
    expect(parseField('distance', '16.', 'long', 'km')).toEqual({ ok: true, patch: { distanceKm: 16 } });
  });

  it('knows when nothing changed (no call is made)', () => {
    expect(isNoChange(tempo, { durationMin: 50 })).toBe(true);
    expect(isNoChange(tempo, { durationMin: 55 })).toBe(false);
  });
});
