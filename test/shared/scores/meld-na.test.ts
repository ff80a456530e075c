import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORMULA, meld, meldNa } from '../../../shared/scores';
import { aMeldNaInput, mgPerDl, mmolPerL, success } from './builders';

const meldNaScore = (overrides: Record<string, unknown>) => success(meldNa(aMeldNaInput(overrides))).score;
const lab = fc.double({ min: 0.1, max: 60, noNaN: true });
const inr = fc.double({ min: 0.5, max: 6, noNaN: true });
const sodium = fc.double({ min: 100, max: 170, noNaN: true });

describe('meldNa (OPTN 2016)', () => {
  it('reports its formula id and the clamped sodium', () => {
    const result = success(meldNa(aMeldNaInput({ sodium: mmolPerL(118) })));
    expect(result.formula).toBe(FORMULA.meldNa);
    expect(result.formula).toBe('MELD-Na (OPTN 2016)');
    expect(result.inputs.sodium).toEqual(mmolPerL(125));
  });

  it.each([
    // MELD 27 (bili 20, Cr 1, INR 2.2): 27 + 1.32·7 − 0.033·27·7 = 30.003.
    ['the OPTN formula on the rounded MELD', { bilirubin: mgPerDl(20), inr: 2.2, sodium: mmolPerL(130) }, 30],
    // 27 + 12·(1.32 − 0.033·27) = 32.148.
    ['sodium 125', { bilirubin: mgPerDl(20), inr: 2.2, sodium: mmolPerL(125) }, 32],
    ['sodium below 125 counts as 125', { bilirubin: mgPerDl(20), inr: 2.2, sodium: mmolPerL(110) }, 32],
    ['sodium above 137 counts as 137 (no term)', { bilirubin: mgPerDl(20), inr: 2.2, sodium: mmolPerL(150) }, 27],
    // 10 × MELD(i) = 11.22 rounds to 11, which is not above 11: no sodium term even at Na 125 (meldna-02).
    ['no sodium term when the rounded MELD(i) is 11', { creatinine: mgPerDl(1.65), sodium: mmolPerL(125) }, 11],
    // 10 × MELD(i) = 12.06 rounds to 12: 12 + 12·(1.32 − 0.396) = 23.09.
    ['the sodium term from a rounded MELD(i) of 12', { creatinine: mgPerDl(1.8), sodium: mmolPerL(125) }, 23],
    ['the maximum is 40', { bilirubin: mgPerDl(25), creatinine: mgPerDl(3.5), inr: 3.5, sodium: mmolPerL(128) }, 40],
  ])('%s', (_rule, overrides, expected) => {
    expect(meldNaScore(overrides)).toBe(expected);
  });

  it('equals MELD when sodium is 137 or more', () => {
    fc.assert(
      fc.property(lab, lab, inr, fc.double({ min: 137, max: 200, noNaN: true }), (bili, cr, inrValue, na) => {
        const labs = { bilirubin: mgPerDl(bili), creatinine: mgPerDl(cr), inr: inrValue };
        expect(meldNaScore({ ...labs, sodium: mmolPerL(na) })).toBe(success(meld(aMeldNaInput(labs))).score);
      }),
    );
  });

  it('is an integer from 6 to 40, never below MELD', () => {
    fc.assert(
      fc.property(lab, lab, inr, sodium, fc.boolean(), (bili, cr, inrValue, na, dialysis) => {
        const labs = { bilirubin: mgPerDl(bili), creatinine: mgPerDl(cr), inr: inrValue, dialysisTwiceInPastWeek: dialysis };
        const score = meldNaScore({ ...labs, sodium: mmolPerL(na) });
        expect(Number.isInteger(score)).toBe(true);
        expect(score).toBeGreaterThanOrEqual(success(meld(aMeldNaInput(labs))).score);
        expect(score).toBeLessThanOrEqual(40);
      }),
    );
  });

  it('never decreases when bilirubin rises, and never increases when sodium rises', () => {
    fc.assert(
      fc.property(lab, lab, lab, inr, sodium, sodium, (a, b, cr, inrValue, naA, naB) => {
        const at = (bili: number, na: number) =>
          meldNaScore({ bilirubin: mgPerDl(bili), creatinine: mgPerDl(cr), inr: inrValue, sodium: mmolPerL(na) });
        expect(at(Math.max(a, b), naA)).toBeGreaterThanOrEqual(at(Math.min(a, b), naA));
        expect(at(a, Math.max(naA, naB))).toBeLessThanOrEqual(at(a, Math.min(naA, naB)));
      }),
    );
  });
});
