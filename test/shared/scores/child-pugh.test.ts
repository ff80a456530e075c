import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BILIRUBIN_UMOL_L_PER_MG_DL, childPugh, FORMULA } from '../../../shared/scores';
import { aChildPughInput, gPerDl, gPerL, mgPerDl, success, umolPerL } from './builders';

const result = (overrides: Record<string, unknown>) => success(childPugh(aChildPughInput(overrides)));
const points = (overrides: Record<string, unknown>) => result(overrides).points;

describe('childPugh', () => {
  it('reports its formula id, points per item and the inputs in mg/dL and g/dL', () => {
    const r = result({ bilirubin: umolPerL(51.3), albumin: gPerL(28), inr: 2.3, ascites: 'slight', encephalopathy: 'grade3-4' });
    expect(r.formula).toBe(FORMULA.childPugh);
    expect(r.formula).toBe('Child-Turcotte-Pugh');
    expect(r.points).toEqual({ bilirubin: 2, albumin: 2, inr: 2, ascites: 2, encephalopathy: 3 });
    expect(r.inputs).toEqual({ bilirubin: mgPerDl(3), albumin: gPerDl(2.8), inr: 2.3, ascites: 'slight', encephalopathy: 'grade3-4' });
    expect([r.score, r.class]).toEqual([11, 'C']);
  });

  // Band edges in both unit systems: the middle band is closed at both ends.
  it.each([
    [mgPerDl(1.99), 1],
    [mgPerDl(2), 2],
    [mgPerDl(3), 2],
    [mgPerDl(3.01), 3],
    [umolPerL(34.1), 1],
    [umolPerL(34.2), 2],
    [umolPerL(51.3), 2],
    [umolPerL(51.4), 3],
    // Computed SI values carry binary noise: 3 × 17.1 is 51.300000000000004.
    [umolPerL(3 * BILIRUBIN_UMOL_L_PER_MG_DL), 2],
    [umolPerL(2 * BILIRUBIN_UMOL_L_PER_MG_DL), 2],
  ])('bilirubin %o scores %i', (bilirubin, expected) => {
    expect(points({ bilirubin }).bilirubin).toBe(expected);
  });

  it.each([
    [gPerDl(3.51), 1],
    [gPerDl(3.5), 2],
    [gPerDl(2.8), 2],
    [gPerDl(2.79), 3],
    [gPerL(35.1), 1],
    [gPerL(35), 2],
    [gPerL(28), 2],
    [gPerL(27.9), 3],
  ])('albumin %o scores %i', (albumin, expected) => {
    expect(points({ albumin }).albumin).toBe(expected);
  });

  it.each([
    [1.69, 1],
    [1.7, 2],
    [2.3, 2],
    [2.31, 3],
    [0.1 + 0.2 + 1.4, 2],
  ])('INR %s scores %i', (inr, expected) => {
    expect(points({ inr }).inr).toBe(expected);
  });

  it.each([
    ['ascites', 'none', 1],
    ['ascites', 'slight', 2],
    ['ascites', 'moderate', 3],
    ['encephalopathy', 'none', 1],
    ['encephalopathy', 'grade1-2', 2],
    ['encephalopathy', 'grade3-4', 3],
  ] as const)('%s %s scores %i', (item, grade, expected) => {
    expect(points({ [item]: grade })[item]).toBe(expected);
  });

  it.each([
    [{}, 5, 'A'],
    [{ inr: 1.8 }, 6, 'A'],
    [{ inr: 2.5 }, 7, 'B'],
    [{ inr: 2.5, ascites: 'moderate', encephalopathy: 'none' }, 9, 'B'],
    [{ inr: 2.5, ascites: 'moderate', encephalopathy: 'grade1-2' }, 10, 'C'],
  ])('%o is %i, class %s', (overrides, score, klass) => {
    const r = result(overrides);
    expect([r.score, r.class]).toEqual([score, klass]);
  });

  const labInput = fc.record({
    bilirubin: fc.double({ min: 0.01, max: 40, noNaN: true }),
    albumin: fc.double({ min: 0.5, max: 6, noNaN: true }),
    inr: fc.double({ min: 0.5, max: 6, noNaN: true }),
    ascites: fc.constantFrom('none', 'slight', 'moderate'),
    encephalopathy: fc.constantFrom('none', 'grade1-2', 'grade3-4'),
  });
  const asArgs = (x: { bilirubin: number; albumin: number; inr: number; ascites: string; encephalopathy: string }) => ({
    ...x,
    bilirubin: mgPerDl(x.bilirubin),
    albumin: gPerDl(x.albumin),
  });

  it('is the sum of the item points, 5–15, with the class of that sum', () => {
    fc.assert(
      fc.property(labInput, (x) => {
        const r = result(asArgs(x));
        expect(r.score).toBe(Object.values(r.points).reduce((a, b) => a + b, 0));
        expect(r.score).toBeGreaterThanOrEqual(5);
        expect(r.score).toBeLessThanOrEqual(15);
        expect(r.class).toBe(r.score <= 6 ? 'A' : r.score <= 9 ? 'B' : 'C');
      }),
    );
  });

  it('worsens with bilirubin and INR and improves with albumin', () => {
    fc.assert(
      fc.property(labInput, fc.double({ min: 1, max: 5, noNaN: true }), (x, factor) => {
        const base = result(asArgs(x)).score;
        expect(result(asArgs({ ...x, bilirubin: x.bilirubin * factor })).score).toBeGreaterThanOrEqual(base);
        expect(result(asArgs({ ...x, inr: x.inr * factor })).score).toBeGreaterThanOrEqual(base);
        expect(result(asArgs({ ...x, albumin: x.albumin * factor })).score).toBeLessThanOrEqual(base);
      }),
    );
  });

  it('gives the same points for a lab-precision value in mg/dL and in SI', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6000 }), fc.integer({ min: 5, max: 600 }), (biliHundredths, albuminHundredths) => {
        const conventional = points({ bilirubin: mgPerDl(biliHundredths / 100), albumin: gPerDl(albuminHundredths / 100) });
        const si = points({
          bilirubin: umolPerL((biliHundredths / 100) * BILIRUBIN_UMOL_L_PER_MG_DL),
          albumin: gPerL(albuminHundredths / 10),
        });
        expect(si).toEqual(conventional);
      }),
    );
  });
});
