import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clamp, roundHalfAwayFromZero, roundHalfUp, snapDecimal, truncateTowardZero } from '../../../shared/scores/rounding';

describe('snapDecimal', () => {
  it.each([
    [51.3 / 17.1, 3],
    [309.4 / 88.4, 3.5],
    [132.6 / 88.4, 1.5],
    [71.82 / 17.1, 4.2],
    [0.1 + 0.2, 0.3],
    [1.005 * 1000, 1005],
    [-0, 0],
  ])('snaps %d to %d', (noisy, decimal) => {
    expect(Object.is(snapDecimal(noisy), decimal)).toBe(true);
  });

  it('moves no value by more than a part in 10^11', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e300, max: 1e300, noNaN: true }), (x) => {
        expect(Math.abs(snapDecimal(x) - x)).toBeLessThanOrEqual(Math.abs(x) * 1e-11);
      }),
    );
  });
});

describe('rounding', () => {
  it.each([
    [2.5, 3, 3, 2],
    [2.4999, 2, 2, 2],
    [-2.5, -2, -3, -2],
    [-2.4, -2, -2, -2],
    [-0.4, 0, 0, 0],
    [26.6, 27, 27, 26],
    [-26.6, -27, -27, -26],
    // In binary 1.005 * 100 is 100.49999999999999 and 1.255 * 10 is 12.549999999999999 (x.x5 cases):
    // the decimal ties 100.5 and 12.55 still round up.
    [1.005 * 100, 101, 101, 100],
    [-1.005 * 100, -100, -101, -100],
    [1.255 * 10 * 10, 126, 126, 125],
    // And 1.005 * 1000 is 1004.9999999999999, which is 1005 in decimal, also when truncated.
    [1.005 * 1000, 1005, 1005, 1005],
    [(0.1 + 0.2) * 10 + 0.2, 3, 3, 3],
    [2.9999999999999996, 3, 3, 3],
  ])('%d: half up %d, half away from zero %d, truncated %d', (x, halfUp, awayFromZero, truncated) => {
    expect(roundHalfUp(x)).toBe(halfUp);
    expect(roundHalfAwayFromZero(x)).toBe(awayFromZero);
    expect(truncateTowardZero(x)).toBe(truncated);
  });

  it('never returns -0', () => {
    for (const x of [-0, -0.2, -0.5 + 1e-9]) {
      expect(Object.is(roundHalfAwayFromZero(x), -0)).toBe(false);
      expect(Object.is(truncateTowardZero(x), -0)).toBe(false);
      expect(Object.is(roundHalfUp(x), -0)).toBe(false);
    }
  });

  it('stays within one half of the value (plus the snap) and returns integers', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (x) => {
        const snap = Math.abs(x) * 1e-11;
        for (const rounded of [roundHalfUp(x), roundHalfAwayFromZero(x)]) {
          expect(Number.isInteger(rounded)).toBe(true);
          expect(Math.abs(rounded - x)).toBeLessThanOrEqual(0.5 + snap);
        }
        expect(Number.isInteger(truncateTowardZero(x))).toBe(true);
        expect(Math.abs(truncateTowardZero(x))).toBeLessThanOrEqual(Math.abs(x) + snap);
      }),
    );
  });

  it('clamps', () => {
    expect([clamp(120, 125, 137), clamp(130, 125, 137), clamp(140, 125, 137)]).toEqual([125, 130, 137]);
  });
});
