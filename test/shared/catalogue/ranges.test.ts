import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_ITEMS, MISSING_REASON_CODES, checkRange, isHardViolation, type RangeStatus } from '../../../shared/catalogue';
import type { Result } from '../../../shared/lib/result';

const statusOf = (r: Result<RangeStatus>): RangeStatus => {
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
  return r.value;
};

describe('checkRange', () => {
  it.each([
    ['bilirubin', 0, 'soft-low'],
    ['bilirubin', -0.1, 'hard-low'],
    ['bilirubin', 1.9, 'soft-low'],
    ['bilirubin', 2, 'ok'],
    ['bilirubin', 700, 'ok'],
    ['bilirubin', 700.1, 'soft-high'],
    ['bilirubin', 1200, 'soft-high'],
    ['bilirubin', 1200.1, 'hard-high'],
    ['albumin', 4.9, 'hard-low'],
    ['albumin', 17, 'soft-low'],
    ['creatinine', 442, 'ok'],
    ['creatinine', 443, 'soft-high'],
    ['sodium', 119, 'soft-low'],
    ['inr', 6.5, 'soft-high'],
    ['inr', 21, 'hard-high'],
    ['spo2', 89, 'soft-low'],
    ['spo2', 100, 'ok'],
    ['spo2', 101, 'hard-high'],
    ['temperature', 39.5, 'soft-high'],
    ['weight', 24.9, 'hard-low'],
    ['dosePerKg', 0, 'hard-low'],
    ['dosePerKg', 2e6, 'ok'],
    ['dosePerKg', 1e7, 'soft-high'],
    ['dosePerKg', 1.0000001e7, 'hard-high'],
    ['hbvDna', 9, 'soft-high'],
    ['eq5dMobility', 5, 'ok'],
    ['eq5dMobility', 6, 'hard-high'],
    ['eq5dVas', 0, 'ok'],
    ['cldq29', 0, 'hard-low'],
    ['age', 17, 'soft-low'],
  ] as const)('%s = %d is %s', (id, value, expected) => {
    expect(statusOf(checkRange(id, value))).toBe(expected);
  });

  it('treats every value inside the soft range as ok, for every numeric item', () => {
    for (const d of CATALOGUE_ITEMS) {
      if (d.kind !== 'quantity' && d.kind !== 'integer') continue;
      const low = d.softRange?.low ?? d.hardRange.min;
      const high = d.softRange?.high ?? d.hardRange.max;
      const value = d.kind === 'integer' ? fc.integer({ min: Math.ceil(low), max: Math.floor(high) }) : fc.double({ min: low, max: high, noNaN: true });
      fc.assert(
        fc.property(value, (v) => {
          if (d.hardRange.minExclusive && v === d.hardRange.min) return true;
          return statusOf(checkRange(d.id, v)) === 'ok';
        }),
        { numRuns: 50 },
      );
    }
  });

  it('rejects fractions for integer items', () => {
    expect(checkRange('eq5dMobility', 2.5).ok).toBe(false);
  });

  it('returns issues for unknown items and non-numeric items', () => {
    expect(checkRange('bun', 5).ok).toBe(false);
    expect(checkRange('aeTerm', 5).ok).toBe(false);
    expect(checkRange('heGrade', 2).ok).toBe(false);
  });

  it('never accepts a missing reason or a non-finite number as a value', () => {
    for (const reason of MISSING_REASON_CODES) expect(checkRange('bilirubin', reason as unknown as number).ok).toBe(false);
    for (const bad of [NaN, Infinity, '12', null]) expect(checkRange('bilirubin', bad as unknown as number).ok).toBe(false);
  });

  it('a sentinel number such as -999 is out of range, never ok', () => {
    expect(statusOf(checkRange('bilirubin', -999))).toBe('hard-low');
    expect(statusOf(checkRange('eq5dVas', -99))).toBe('hard-low');
  });

  it('isHardViolation is true only for hard statuses', () => {
    expect(['ok', 'soft-low', 'soft-high', 'hard-low', 'hard-high'].map((s) => isHardViolation(s as RangeStatus))).toEqual([
      false,
      false,
      false,
      true,
      true,
    ]);
  });
});
