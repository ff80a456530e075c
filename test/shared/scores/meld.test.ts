import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORMULA, meld } from '../../../shared/scores';
import { aMeldInput, mgPerDl, success, umolPerL } from './builders';

const meldScore = (overrides: Record<string, unknown>) => success(meld(aMeldInput(overrides))).score;
const positiveLab = fc.double({ min: 0.01, max: 100, noNaN: true });
const anInr = fc.double({ min: 0.5, max: 8, noNaN: true });

/** Vector meld-04 without its creatinine: with creatinine 4.0 it scores 27. */
const meld04 = { bilirubin: mgPerDl(2), inr: 1.5 };

describe('meld (OPTN/UNOS)', () => {
  it('reports its formula id and the inputs after conversion and clamping', () => {
    const result = success(meld(aMeldInput({ bilirubin: umolPerL(342), creatinine: umolPerL(530.4), inr: 0.9 })));
    expect(result.formula).toBe(FORMULA.meld);
    expect(result.formula).toBe('MELD (OPTN/UNOS)');
    expect(result.inputs).toEqual({
      bilirubin: mgPerDl(20),
      creatinine: mgPerDl(4),
      inr: 1,
      dialysisTwiceInPastWeek: false,
    });
  });

  it.each([
    ['labs below 1.0 count as 1.0', { bilirubin: mgPerDl(0.3), creatinine: mgPerDl(0.5), inr: 0.8 }, 6],
    ['creatinine above 4.0 counts as 4.0', { bilirubin: mgPerDl(2), creatinine: mgPerDl(9), inr: 1.5 }, 27],
    ['dialysis sets creatinine 0.6 to 4.0', { ...meld04, creatinine: mgPerDl(0.6), dialysisTwiceInPastWeek: true }, 27],
    ['dialysis sets creatinine 2.0 to 4.0', { ...meld04, creatinine: mgPerDl(2), dialysisTwiceInPastWeek: true }, 27],
    ['the maximum is 40', { bilirubin: mgPerDl(40), creatinine: mgPerDl(4), inr: 4 }, 40],
    // 10 × MELD(i) is 11.22 for creatinine 1.65 and 12.57 for 1.9.
    ['rounds MELD(i) to the tenth, then ×10 (down)', { creatinine: mgPerDl(1.65) }, 11],
    ['rounds MELD(i) to the tenth, then ×10 (up)', { creatinine: mgPerDl(1.9) }, 13],
  ])('%s', (_rule, overrides, expected) => {
    expect(meldScore(overrides)).toBe(expected);
  });

  it('is min(40, round(10 × MELD(i))) with MELD(i) = 0.957 ln Cr + 0.378 ln bili + 1.120 ln INR + 0.643', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 4, noNaN: true }),
        fc.double({ min: 1, max: 10, noNaN: true }),
        fc.double({ min: 1, max: 3, noNaN: true }),
        (cr, bili, inr) => {
          const tenTimes = 10 * (0.957 * Math.log(cr) + 0.378 * Math.log(bili) + 1.12 * Math.log(inr) + 0.643);
          fc.pre(Math.abs(tenTimes - Math.floor(tenTimes) - 0.5) > 1e-6);
          expect(meldScore({ creatinine: mgPerDl(cr), bilirubin: mgPerDl(bili), inr })).toBe(Math.min(40, Math.round(tenTimes)));
        },
      ),
    );
  });

  it('is an integer from 6 to 40 for any valid labs', () => {
    fc.assert(
      fc.property(
        fc.double({ min: Number.MIN_VALUE, max: 1e6, noNaN: true }),
        fc.double({ min: Number.MIN_VALUE, max: 1e6, noNaN: true }),
        fc.double({ min: Number.MIN_VALUE, max: 1e3, noNaN: true }),
        fc.boolean(),
        fc.constantFrom('mg/dL', 'umol/L'),
        (bili, cr, inr, dialysis, unit) => {
          const score = meldScore({
            bilirubin: { value: bili, unit },
            creatinine: { value: cr, unit },
            inr,
            dialysisTwiceInPastWeek: dialysis,
          });
          expect(Number.isInteger(score)).toBe(true);
          expect(score).toBeGreaterThanOrEqual(6);
          expect(score).toBeLessThanOrEqual(40);
        },
      ),
    );
  });

  it.each(['bilirubin', 'creatinine'] as const)('never decreases when %s rises', (lab) => {
    fc.assert(
      fc.property(positiveLab, positiveLab, positiveLab, fc.double({ min: 0.5, max: 5, noNaN: true }), (a, b, other, inr) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const otherLab = lab === 'bilirubin' ? 'creatinine' : 'bilirubin';
        const at = (value: number) => meldScore({ [lab]: mgPerDl(value), [otherLab]: mgPerDl(other), inr });
        expect(at(high)).toBeGreaterThanOrEqual(at(low));
      }),
    );
  });

  it('never decreases when INR rises, and dialysis never lowers it', () => {
    fc.assert(
      fc.property(positiveLab, positiveLab, anInr, anInr, (bili, cr, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const at = (inr: number, dialysisTwiceInPastWeek = false) =>
          meldScore({ bilirubin: mgPerDl(bili), creatinine: mgPerDl(cr), inr, dialysisTwiceInPastWeek });
        expect(at(high)).toBeGreaterThanOrEqual(at(low));
        expect(at(low, true)).toBeGreaterThanOrEqual(at(low));
      }),
    );
  });
});
