/**
 * KeyedState's held-back changes (rows far off screen render a bulk edit later): a held-back key
 * keeps showing its old value until it is applied, and a later change that puts it back to what
 * is shown leaves nothing pending.
 */
import { describe, expect, it } from 'vitest';
import { KeyedState } from './keyed-state.svelte';

describe('KeyedState with held-back keys', () => {
  it('shows the keys that must show now and holds the others until applied', () => {
    const state = new KeyedState<string, number>(0);
    state.ensure(['mon', 'tue', 'wed']);
    const pending = state.setAll(new Map([['mon', 1], ['tue', 2], ['wed', 3]]), (day) => day === 'mon');
    expect(pending).toBe(true);
    expect([state.get('mon'), state.get('tue'), state.get('wed')]).toEqual([1, 0, 0]);
    expect(state.pendingKeys()).toEqual(['tue', 'wed']);
    state.applyPending('tue');
    expect(state.get('tue')).toBe(2);
    expect(state.pendingKeys()).toEqual(['wed']);
  });

  it('forgets a held-back change that a later change undoes, and shows everything without a predicate', () => {
    const state = new KeyedState<string, number>(0);
    state.ensure(['mon', 'tue']);
    state.setAll(new Map([['tue', 5]]), () => false);
    expect(state.hasPending).toBe(true);
    // Undo before the row was brought up to date: it already shows the right value.
    expect(state.setAll(new Map(), () => false)).toBe(false);
    expect(state.get('tue')).toBe(0);
    state.setAll(new Map([['tue', 7]]), () => false);
    expect(state.setAll(new Map([['tue', 8]]))).toBe(false);
    expect(state.get('tue')).toBe(8);
    expect(state.hasPending).toBe(false);
  });
});
