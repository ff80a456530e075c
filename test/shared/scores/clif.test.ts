import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aclfGrade, clifCAclf, clifCOf, FORMULA, ORGANS } from '../../../shared/scores';
import { aClifCAclfInput, aClifInput, mgPerDl, success, umolPerL } from './builders';

const of = (overrides: Record<string, unknown>) => success(clifCOf(aClifInput(overrides)));
const grade = (overrides: Record<string, unknown>) => success(aclfGrade(aClifInput(overrides)));
const ratio = (measure: string, value: number) => ({ respiration: { measure, ratio: value } });
const map = (value: number) => ({ meanArterialPressure: { value, unit: 'mmHg' } });

describe('clifCOf', () => {
  // The worse band includes its edge (score-vectors.README: bilirubin 12, creatinine 3.5, INR 2.5 and
  // PaO2/FiO2 200 score 3).
  it.each([
    ['liver', { bilirubin: mgPerDl(5.99) }, 1],
    ['liver', { bilirubin: mgPerDl(6) }, 2],
    ['liver', { bilirubin: mgPerDl(11.99) }, 2],
    ['liver', { bilirubin: mgPerDl(12) }, 3],
    ['liver', { bilirubin: umolPerL(205.2) }, 3],
    ['kidney', { creatinine: mgPerDl(1.99) }, 1],
    ['kidney', { creatinine: mgPerDl(2) }, 2],
    ['kidney', { creatinine: umolPerL(176.8) }, 2],
    ['kidney', { creatinine: umolPerL(309.4) }, 3],
    ['kidney', { creatinine: mgPerDl(3.5) }, 3],
    ['kidney', { creatinine: mgPerDl(1), renalReplacementTherapy: true }, 3],
    ['brain', { hepaticEncephalopathyGrade: 1 }, 2],
    ['brain', { hepaticEncephalopathyGrade: 2 }, 2],
    ['brain', { hepaticEncephalopathyGrade: 3 }, 3],
    ['brain', { hepaticEncephalopathyGrade: 4 }, 3],
    ['coagulation', { inr: 1.99 }, 1],
    ['coagulation', { inr: 2 }, 2],
    ['coagulation', { inr: 2.5 }, 3],
    ['circulation', map(70), 1],
    ['circulation', map(69.9), 2],
    ['circulation', { ...map(90), vasopressors: true }, 3],
    ['respiration', ratio('PaO2/FiO2', 301), 1],
    ['respiration', ratio('PaO2/FiO2', 300), 2],
    ['respiration', ratio('PaO2/FiO2', 201), 2],
    ['respiration', ratio('PaO2/FiO2', 200), 3],
    ['respiration', ratio('PaO2/FiO2', 60 / 0.3), 3],
    ['respiration', ratio('SpO2/FiO2', 358), 1],
    ['respiration', ratio('SpO2/FiO2', 357), 2],
    ['respiration', ratio('SpO2/FiO2', 215), 2],
    ['respiration', ratio('SpO2/FiO2', 214), 3],
  ] as const)('%s %o scores %i', (organ, overrides, expected) => {
    const result = of(overrides);
    expect(result.points[organ]).toBe(expected);
    expect(result.score).toBe(5 + expected);
    const failed = organ === 'kidney' ? expected >= 2 : expected === 3;
    expect(result.failures).toEqual(failed ? [organ] : []);
  });

  it('is 6–18, the sum of the six organ points, and reports its formula id', () => {
    const result = of({});
    expect([result.score, result.formula]).toEqual([6, FORMULA.clifCOf]);
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 40, noNaN: true }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        fc.constantFrom(0, 1, 2, 3, 4),
        fc.double({ min: 0.5, max: 8, noNaN: true }),
        fc.double({ min: 20, max: 140, noNaN: true }),
        fc.boolean(),
        fc.boolean(),
        fc.double({ min: 30, max: 600, noNaN: true }),
        (bili, cr, he, inr, mapValue, pressors, rrt, pf) => {
          const r = of({
            bilirubin: mgPerDl(bili),
            creatinine: mgPerDl(cr),
            hepaticEncephalopathyGrade: he,
            inr,
            ...map(mapValue),
            vasopressors: pressors,
            renalReplacementTherapy: rrt,
            ...ratio('PaO2/FiO2', pf),
          });
          expect(r.score).toBe(ORGANS.reduce((sum, organ) => sum + r.points[organ], 0));
          expect(r.score).toBeGreaterThanOrEqual(6);
          expect(r.score).toBeLessThanOrEqual(18);
        },
      ),
    );
  });
});

describe('West Haven grade input', () => {
  it.each([0, 1, 2, 3, 4])('accepts grade %i', (he) => {
    expect(clifCOf(aClifInput({ hepaticEncephalopathyGrade: he })).ok).toBe(true);
  });

  it.each([5, 1.5, -1, '2'])('rejects %o at its path', (he) => {
    expect(clifCOf(aClifInput({ hepaticEncephalopathyGrade: he }))).toEqual({
      ok: false,
      problems: [{ path: ['hepaticEncephalopathyGrade'], message: 'must be a West Haven grade 0, 1, 2, 3 or 4' }],
    });
  });
});

describe('aclfGrade (EASL-CLIF)', () => {
  it.each([
    ['no organ failure', {}, 0],
    ['single kidney failure', { creatinine: mgPerDl(2) }, 1],
    ['single kidney failure by renal replacement', { renalReplacementTherapy: true }, 1],
    ['single liver failure, creatinine < 1.5, no HE', { bilirubin: mgPerDl(12), creatinine: mgPerDl(1.49) }, 0],
    ['single liver failure with creatinine 1.5', { bilirubin: mgPerDl(12), creatinine: mgPerDl(1.5) }, 1],
    ['single liver failure with creatinine 1.99', { bilirubin: mgPerDl(12), creatinine: mgPerDl(1.99) }, 1],
    ['single coagulation failure with HE grade 1', { inr: 2.5, hepaticEncephalopathyGrade: 1 }, 1],
    ['single circulation failure with HE grade 2', { vasopressors: true, hepaticEncephalopathyGrade: 2 }, 1],
    ['single respiration failure, creatinine 1.4, no HE', { ...ratio('PaO2/FiO2', 150), creatinine: mgPerDl(1.4) }, 0],
    ['single brain failure, creatinine < 1.5', { hepaticEncephalopathyGrade: 3, creatinine: mgPerDl(1.4) }, 0],
    ['single brain failure with creatinine 1.5–1.9', { hepaticEncephalopathyGrade: 3, creatinine: umolPerL(132.6) }, 1],
    ['two organ failures', { bilirubin: mgPerDl(12), inr: 2.5 }, 2],
    ['kidney and brain failure', { creatinine: mgPerDl(2.5), hepaticEncephalopathyGrade: 4 }, 2],
    ['three organ failures', { bilirubin: mgPerDl(12), inr: 2.5, vasopressors: true }, 3],
    [
      'six organ failures',
      {
        bilirubin: mgPerDl(20),
        creatinine: mgPerDl(4),
        hepaticEncephalopathyGrade: 4,
        inr: 3,
        vasopressors: true,
        ...ratio('SpO2/FiO2', 100),
      },
      3,
    ],
  ])('%s: grade %i', (_case, overrides, expected) => {
    const result = grade(overrides);
    expect(result.grade).toBe(expected);
    expect(result.label).toBe(expected === 0 ? 'No ACLF' : `ACLF grade ${expected}`);
    expect(result.formula).toBe(FORMULA.aclfGrade);
  });
});

describe('clifCAclf', () => {
  it('is 10 × (0.33 × OF + 0.04 × age + 0.63 × ln WBC − 2): OF 10, age 50, WBC 8 gives 46.1', () => {
    const result = success(
      clifCAclf(aClifCAclfInput({ bilirubin: mgPerDl(12), creatinine: mgPerDl(2.5), hepaticEncephalopathyGrade: 2 })),
    );
    expect(result.clifCOf).toBe(10);
    expect(result.unrounded).toBeCloseTo(46.1, 1);
    expect(result.score).toBe(46);
    expect(result.formula).toBe(FORMULA.clifCAclf);
  });

  it('reports age and white cell count among its inputs', () => {
    const result = success(clifCAclf(aClifCAclfInput({ ageYears: 61 })));
    expect([result.inputs.ageYears, result.inputs.whiteCellCount]).toEqual([61, { value: 8, unit: '10^9/L' }]);
  });
});
