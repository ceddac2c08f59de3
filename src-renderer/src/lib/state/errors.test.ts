import { describe, expect, it } from 'vitest';
import { CallFailed } from '../../../../src-shared/api/client';
import { StrideError } from '../../../../src-shared/api/errors';
import { shownError } from './errors';

describe('what the coach reads when a change is refused or a call fails', () => {
  it('a refusal checked in this window (the shared edit rules) reads as main would say it', () => {
    const refusal = new StrideError('invalid-input', 'Easy run on Sun 6 Dec would fall outside the plan (Mon 7 Dec to Sun 7 Mar); move or delete it first', 'date');
    // It read "Stride could not reach its store: Easy run on Sun 6 Dec would fall outside…".
    expect(shownError(refusal)).toEqual({ message: refusal.message, field: 'date' });
  });

  it('main’s refusal keeps its field; a failed connection says so', () => {
    expect(shownError(new CallFailed('invalid-input', 'Name is required', 'name'))).toEqual({ message: 'Name is required', field: 'name' });
    expect(shownError(new TypeError('Failed to fetch')).message).toBe('Stride could not reach its store: Failed to fetch');
  });
});
