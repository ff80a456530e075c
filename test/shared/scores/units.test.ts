import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { albuminInGPerDl, bilirubinInMgPerDl, creatinineInMgPerDl } from '../../../shared/scores/units';

describe('unit conversion to the formulas\' units', () => {
  it.each([
    [17.1, 1],
    [34.2, 2],
    [51.3, 3],
    [85.5, 5],
    [102.6, 6],
    [205.2, 12],
    [342, 20],
  ])('bilirubin %d µmol/L is exactly %d mg/dL', (si, conventional) => {
    expect(bilirubinInMgPerDl({ value: si, unit: 'umol/L' })).toEqual({ value: conventional, unit: 'mg/dL' });
  });

  it.each([
    [88.4, 1],
    [132.6, 1.5],
    [176.8, 2],
    [265.2, 3],
    [309.4, 3.5],
    [353.6, 4],
  ])('creatinine %d µmol/L is exactly %d mg/dL', (si, conventional) => {
    expect(creatinineInMgPerDl({ value: si, unit: 'umol/L' })).toEqual({ value: conventional, unit: 'mg/dL' });
  });

  it.each([
    [15, 1.5],
    [28, 2.8],
    [35, 3.5],
  ])('albumin %d g/L is exactly %d g/dL', (si, conventional) => {
    expect(albuminInGPerDl({ value: si, unit: 'g/L' })).toEqual({ value: conventional, unit: 'g/dL' });
  });

  it('leaves conventional values as they are and round-trips lab-precision SI values', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (hundredths) => {
        const mgDl = hundredths / 100;
        expect(bilirubinInMgPerDl({ value: mgDl, unit: 'mg/dL' }).value).toBe(mgDl);
        expect(bilirubinInMgPerDl({ value: mgDl * 17.1, unit: 'umol/L' }).value).toBe(mgDl);
        expect(creatinineInMgPerDl({ value: mgDl * 88.4, unit: 'umol/L' }).value).toBe(mgDl);
        expect(albuminInGPerDl({ value: mgDl * 10, unit: 'g/L' }).value).toBe(mgDl);
      }),
    );
  });
});
