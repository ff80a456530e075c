import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORMULA, MELD_NCT05121870_DEFAULT_ROUNDING, meldNct05121870 } from '../../../shared/scores';
import { mgPerDl, problemsOf, success, umolPerL } from './builders';

const anInput = (overrides: Record<string, unknown> = {}) => ({
  bilirubin: mgPerDl(1),
  creatinine: mgPerDl(1),
  inr: 1,
  etiology: 'other',
  ...overrides,
});
const run = (overrides: Record<string, unknown>) => success(meldNct05121870(anInput(overrides)));

describe('meldNct05121870 (the protocol formula as written)', () => {
  it('reports its formula id, the rounding used and the unclamped inputs in mg/dL', () => {
    const result = run({ bilirubin: umolPerL(8.55), creatinine: umolPerL(44.2), inr: 0.9 });
    expect(result.formula).toBe(FORMULA.meldNct05121870);
    expect(result.rounding).toBe(MELD_NCT05121870_DEFAULT_ROUNDING);
    expect(result.inputs).toEqual({ bilirubin: mgPerDl(0.5), creatinine: mgPerDl(0.5), inr: 0.9, etiology: 'other' });
  });

  it('is R = 9.6 ln Cr + 3.8 ln bili + 11.2 ln INR + 6.4 × etiology, with no clamping', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 50, noNaN: true }),
        fc.double({ min: 0.05, max: 50, noNaN: true }),
        fc.double({ min: 0.3, max: 10, noNaN: true }),
        fc.constantFrom('other', 'cholestatic-or-alcoholic'),
        (cr, bili, inr, etiology) => {
          const expected = 9.6 * Math.log(cr) + 3.8 * Math.log(bili) + 11.2 * Math.log(inr) + (etiology === 'other' ? 6.4 : 0);
          const result = run({ creatinine: mgPerDl(cr), bilirubin: mgPerDl(bili), inr, etiology });
          expect(result.raw).toBeCloseTo(expected, 9);
          expect(Math.abs(result.score - result.raw)).toBeLessThanOrEqual(0.5);
          const truncated = run({ creatinine: mgPerDl(cr), bilirubin: mgPerDl(bili), inr, etiology, rounding: 'truncate' });
          expect(truncated.score).toBe(Math.trunc(truncated.raw) + 0);
        },
      ),
    );
  });

  it('can go below zero, since the protocol gives no floor', () => {
    // 9.6 ln 0.5 + 6.4 = -0.254; 9.6 ln 0.3 + 6.4 = -5.158.
    expect([run({ creatinine: mgPerDl(0.5) }).score, run({ creatinine: mgPerDl(0.5) }).raw]).toEqual([0, expect.closeTo(-0.254, 3)]);
    expect(run({ creatinine: mgPerDl(0.3) }).score).toBe(-5);
    expect(run({ creatinine: mgPerDl(0.3), rounding: 'truncate' }).score).toBe(-5);
  });

  it('takes 26.6 as 27 by default and as 26 when truncating (ties: rounding.test.ts)', () => {
    expect(run({ bilirubin: mgPerDl(20), inr: 2.2 }).score).toBe(27);
    expect(run({ bilirubin: mgPerDl(20), inr: 2.2, rounding: 'truncate' }).score).toBe(26);
  });

  it('reports non-positive inputs and an unknown rounding as problems', () => {
    expect(problemsOf(meldNct05121870(anInput({ creatinine: mgPerDl(0), rounding: 'floor' }))).map((p) => p.path)).toEqual([
      ['creatinine', 'value'],
      ['rounding'],
    ]);
  });

  it('reports a value too small to convert instead of taking the logarithm of 0', () => {
    expect(problemsOf(meldNct05121870(anInput({ bilirubin: umolPerL(Number.MIN_VALUE) })))).toEqual([
      { path: ['bilirubin', 'value'], message: expect.any(String) },
    ]);
  });
});
