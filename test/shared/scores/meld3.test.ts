import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORMULA, meld3 } from '../../../shared/scores';
import { aMeld3Input, gPerDl, gPerL, mgPerDl, mmolPerL, success, umolPerL } from './builders';

const meld3Result = (overrides: Record<string, unknown>) => success(meld3(aMeld3Input(overrides)));
const meld3Score = (overrides: Record<string, unknown>) => meld3Result(overrides).score;
const lab = fc.double({ min: 0.1, max: 60, noNaN: true });

/** Kim 2021 written out independently, on already-bounded inputs. */
function kim(x: { female: boolean; bili: number; na: number; inr: number; cr: number; alb: number }): number {
  return (
    (x.female ? 1.33 : 0) +
    4.56 * Math.log(x.bili) +
    0.82 * (137 - x.na) -
    0.24 * (137 - x.na) * Math.log(x.bili) +
    9.09 * Math.log(x.inr) +
    11.14 * Math.log(x.cr) +
    1.85 * (3.5 - x.alb) -
    1.83 * (3.5 - x.alb) * Math.log(x.cr) +
    6
  );
}

describe('meld3 (Kim 2021)', () => {
  it('reports its formula id and the inputs after conversion and the Kim bounds', () => {
    const result = meld3Result({
      bilirubin: umolPerL(8.55),
      creatinine: umolPerL(442),
      inr: 0.9,
      sodium: mmolPerL(120),
      albumin: gPerL(12),
      sex: 'female',
    });
    expect(result.formula).toBe(FORMULA.meld3);
    expect(result.formula).toBe('MELD 3.0 (Kim 2021)');
    expect(result.inputs).toEqual({
      bilirubin: mgPerDl(1),
      creatinine: mgPerDl(3),
      inr: 1,
      dialysisTwiceInPastWeek: false,
      sodium: mmolPerL(125),
      albumin: gPerDl(1.5),
      sex: 'female',
    });
  });

  it.each([
    ['all labs normal, male', {}, 6],
    ['female adds 1.33', { sex: 'female' }, 7],
    // 11.14 · ln 3 + 6 = 18.24.
    ['creatinine 3.0', { creatinine: mgPerDl(3) }, 18],
    ['creatinine above 3.0 counts as 3.0', { creatinine: mgPerDl(6) }, 18],
    ['dialysis sets creatinine to 3.0', { creatinine: mgPerDl(0.8), dialysisTwiceInPastWeek: true }, 18],
    ['albumin above 3.5 g/dL counts as 3.5', { albumin: gPerDl(5) }, 6],
  ])('%s', (_rule, overrides, expected) => {
    expect(meld3Score(overrides)).toBe(expected);
  });

  it('applies the bounds before the formula: Cr ≤ 3 (3 with dialysis), labs ≥ 1, Na 125–137, albumin 1.5–3.5', () => {
    const normal = { female: false, bili: 1, na: 137, inr: 1, cr: 1, alb: 3.5 };
    const cases = [
      [{ creatinine: mgPerDl(5), albumin: gPerDl(1) }, { ...normal, cr: 3, alb: 1.5 }],
      [{ creatinine: mgPerDl(1.1), dialysisTwiceInPastWeek: true }, { ...normal, cr: 3 }],
      [{ bilirubin: mgPerDl(0.2), inr: 0.7, sodium: mmolPerL(150) }, normal],
      [{ bilirubin: mgPerDl(8), sodium: mmolPerL(119), sex: 'female' }, { ...normal, female: true, bili: 8, na: 125 }],
    ] as const;
    for (const [overrides, bounded] of cases) {
      expect(meld3Result(overrides).unrounded).toBeCloseTo(kim(bounded), 10);
    }
  });

  it('caps the score at 40 and exposes the uncapped value', () => {
    const result = meld3Result({
      bilirubin: mgPerDl(40),
      creatinine: mgPerDl(3),
      inr: 4,
      sodium: mmolPerL(125),
      albumin: gPerDl(1.5),
    });
    expect(result.score).toBe(40);
    expect(result.uncapped).toBe(Math.round(result.unrounded));
    expect(result.uncapped).toBeGreaterThan(40);
  });

  const anyInput = fc.record({
    bili: lab,
    cr: lab,
    inr: fc.double({ min: 0.5, max: 8, noNaN: true }),
    na: fc.double({ min: 100, max: 170, noNaN: true }),
    alb: fc.double({ min: 0.5, max: 6, noNaN: true }),
    sex: fc.constantFrom('female', 'male'),
    dialysis: fc.boolean(),
  });
  const asArgs = (x: { bili: number; cr: number; inr: number; na: number; alb: number; sex: string; dialysis: boolean }) => ({
    bilirubin: mgPerDl(x.bili),
    creatinine: mgPerDl(x.cr),
    inr: x.inr,
    sodium: mmolPerL(x.na),
    albumin: gPerDl(x.alb),
    sex: x.sex,
    dialysisTwiceInPastWeek: x.dialysis,
  });

  it('is an integer from 6 to 40 that rounds the unrounded value', () => {
    fc.assert(
      fc.property(anyInput, (x) => {
        const result = meld3Result(asArgs(x));
        expect(Number.isInteger(result.score)).toBe(true);
        expect(result.score).toBeGreaterThanOrEqual(6);
        expect(result.score).toBeLessThanOrEqual(40);
        expect(result.score).toBe(Math.min(40, result.uncapped));
        expect(Math.abs(result.uncapped - result.unrounded)).toBeLessThanOrEqual(0.5);
      }),
    );
  });

  // Not in albumin or sodium: near creatinine 3 the albumin term changes sign, and at high bilirubin so
  // does the sodium term.
  it('never decreases when bilirubin, creatinine or INR rises', () => {
    const rising = fc.constantFrom('bili', 'cr', 'inr');
    fc.assert(
      fc.property(anyInput, fc.double({ min: 1, max: 3, noNaN: true }), rising, (x, factor, lab) => {
        const raised = { ...x, [lab]: x[lab] * factor };
        expect(meld3Result(asArgs(raised)).unrounded).toBeGreaterThanOrEqual(meld3Result(asArgs(x)).unrounded);
      }),
    );
  });
});
