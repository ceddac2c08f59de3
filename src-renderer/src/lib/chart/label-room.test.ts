import { describe, expect, it } from 'vitest';
import { calloutCandidates, firstFree, overlaps } from './label-room';

const bounds = { left: 0, top: 0, right: 300, bottom: 100 };

describe('room for a label', () => {
  it('takes the first candidate clear of the others', () => {
    const [aboveRight, aboveLeft] = calloutCandidates(100, 50, 60, 14);
    expect(firstFree([aboveRight, aboveLeft], [], bounds)).toEqual(aboveRight);
    expect(firstFree([aboveRight, aboveLeft], [aboveRight], bounds)).toEqual(aboveLeft);
  });

  it('moves a label sticking out of the plot back in, and gives up rather than overlap', () => {
    const box = firstFree(calloutCandidates(295, 50, 60, 14), [], bounds);
    expect(box).toMatchObject({ right: 300, left: 240 });
    const everywhere = { left: 0, top: 0, right: 300, bottom: 100 };
    expect(firstFree(calloutCandidates(150, 50, 60, 14), [everywhere], bounds)).toBeNull();
  });

  it('keeps a gap between boxes', () => {
    expect(overlaps({ left: 0, right: 10, top: 0, bottom: 10 }, { left: 11, right: 20, top: 0, bottom: 10 })).toBe(
      true,
    );
    expect(overlaps({ left: 0, right: 10, top: 0, bottom: 10 }, { left: 13, right: 20, top: 0, bottom: 10 })).toBe(
      false,
    );
  });
});
