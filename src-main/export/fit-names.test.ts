/**
 * The workout's name on the athlete's watch (at most 15 characters, workouts.md). Cut at a word, the
 * sample plan's and the drafts' titles left names that end mid-phrase in the watch's workout list:
 * "4 × 400 m @", "3 × 10 min at", "Shake-out with", "Easy run and". A cut name drops the little
 * word or sign it ends on, so it reads as a whole name.
 */
import { describe, expect, it } from 'vitest';
import { shortWorkoutName } from './fit';

describe("a workout's name on the watch", () => {
  it('never ends on a word or sign that leads into what was cut off', () => {
    expect(shortWorkoutName('4 × 400 m @ race pace')).toBe('4 × 400 m');
    expect(shortWorkoutName('3 × 10 min at threshold')).toBe('3 × 10 min');
    expect(shortWorkoutName('2 × 15 min at threshold')).toBe('2 × 15 min');
    expect(shortWorkoutName('Shake-out with 4 strides')).toBe('Shake-out');
    expect(shortWorkoutName('Easy run and strides')).toBe('Easy run');
    expect(shortWorkoutName('Long run with fast finish')).toBe('Long run');
    expect(shortWorkoutName('Tempo 20 min + strides')).toBe('Tempo 20 min');
    expect(shortWorkoutName('Threshold; then strides')).toBe('Threshold');
    expect(shortWorkoutName('Hills: 10 x 200m uphill')).toBe('Hills: 10');
  });

  it('keeps names that fit, and cut names that already end on a whole word', () => {
    // A title of 15 characters or fewer is the coach's, word for word, even ending on "at".
    expect(shortWorkoutName('Meet me at')).toBe('Meet me at');
    expect(shortWorkoutName('6 × 800 m @ 5K pace, 2 min jog')).toBe('6 × 800 m @ 5K');
    expect(shortWorkoutName('8 × 60 s hills, jog down')).toBe('8 × 60 s hills');
    expect(shortWorkoutName('City Half Marathon')).toBe('City Half');
    expect(shortWorkoutName('Progression run to MP')).toBe('Progression run');
    // Nothing but signs: the plain cut rather than an empty name.
    expect(shortWorkoutName('@'.repeat(20))).toBe('@'.repeat(15));
  });
});
