import { describe, expect, it } from 'vitest';
import type { CoachSession } from '../../../../src-shared/domain/types';
import { pasteSessionsLabel, sessionsName, sessionTitle } from './step-names';

const s = (date: string, kind: CoachSession['kind'], title: string | null = null) => ({ id: date + kind, date, kind, title }) as CoachSession;

describe('how a step names the sessions it acts on', () => {
  it('one session: its title (the kind’s usual one when it has none) and its day, as the inspector’s steps say it', () => {
    expect(sessionsName([s('2026-12-08', 'easy')])).toBe('Easy run on Tue 8 Dec');
    expect(sessionsName([s('2026-12-08', 'tempo', '3 x 10 min')])).toBe('3 x 10 min on Tue 8 Dec');
    expect(sessionTitle(s('2026-12-08', 'long'))).toBe('Long run');
  });

  it('several: how many and which days ("Undo delete 3 sessions" did not say which)', () => {
    expect(sessionsName([s('2027-02-05', 'easy'), s('2027-02-02', 'tempo'), s('2027-02-03', 'long')])).toBe(
      '3 sessions (Tue 2 Feb – Fri 5 Feb)',
    );
    expect(sessionsName([s('2027-02-02', 'easy'), s('2027-02-02', 'strength')])).toBe('2 sessions on Tue 2 Feb');
  });
});

describe('pasting sessions', () => {
  it('says where they came from and where they go, once each ("Paste Easy run on Tue 8 Dec on Mon 25 Jan")', () => {
    expect(pasteSessionsLabel('Easy run on Tue 8 Dec', 1, '2027-01-25')).toBe('Paste Easy run on Tue 8 Dec onto Mon 25 Jan');
    expect(pasteSessionsLabel('3 sessions (Tue 2 Feb – Fri 5 Feb)', 3, '2027-03-01')).toBe(
      'Paste 3 sessions (Tue 2 Feb – Fri 5 Feb) onto Mon 1 Mar',
    );
    // A clip from another window may come without its name.
    expect(pasteSessionsLabel(undefined, 2, '2027-03-01')).toBe('Paste 2 sessions onto Mon 1 Mar');
  });
});
