import { describe, expect, it } from 'vitest';
import { doneText } from './notice-text';

describe('doneText', () => {
  it('says what was done, in the past tense', () => {
    expect(doneText('Delete week 3')).toBe('Deleted week 3');
    expect(doneText('Clear weeks 2–4')).toBe('Cleared weeks 2–4');
    expect(doneText('Paste week 1 onto weeks 3–5')).toBe('Pasted week 1 onto weeks 3–5');
    expect(doneText('Cut Easy on Tue 8 Dec')).toBe('Cut Easy on Tue 8 Dec');
    expect(doneText('Delete 3 sessions')).toBe('Deleted 3 sessions');
    expect(doneText('Dismiss suggestion on Wed 9 Dec')).toBe('Dismissed suggestion on Wed 9 Dec');
    expect(doneText('dismiss the suggestion')).toBe('Dismissed the suggestion');
  });

  it('leaves other sentences as they are', () => {
    expect(doneText('Copied week 1')).toBe('Copied week 1');
    expect(doneText('Deleted already')).toBe('Deleted already');
    expect(doneText('')).toBe('');
  });
});
