import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CATALOGUE_ITEMS,
  MISSING_REASON_CODES,
  convertFromStored,
  convertToStored,
  unitsOf,
  type QuantityItem,
} from '../../../shared/catalogue';
import type { Result } from '../../../shared/lib/result';

const valueOf = (r: Result<number>): number => {
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
  return r.value;
};

const quantities = CATALOGUE_ITEMS.filter((d): d is QuantityItem => d.kind === 'quantity');
const convertible = quantities.flatMap((d) => d.alternativeUnits.map((u) => [d.id, u.unit, d] as const));

describe('unit conversion', () => {
  it.each([
    ['bilirubin', 1, 'mg/dL', 17.1],
    ['bilirubin', 5, 'mg/dL', 85.5],
    ['bilirubin', 3, 'mg/dL', 51.3],
    ['bilirubinUln', 1, 'mg/dL', 17.1],
    ['creatinine', 1, 'mg/dL', 88.4],
    ['creatinine', 1.2, 'mg/dL', 106.08],
    ['creatinineUln', 1, 'mg/dL', 88.4],
    ['albumin', 2.8, 'g/dL', 28],
    ['urea', 28, 'BUN mg/dL', 9.996],
    ['urea', 1, 'BUN mg/dL', 0.357],
    ['cholinesterase', 5.2, 'kU/L', 5200],
    ['sodium', 130, 'mEq/L', 130],
    ['wbc', 8, '×10^3/µL', 8],
    ['platelets', 150_000, 'cells/µL', 150],
    ['alt', 1, 'µkat/L', 60],
    ['temperature', 98.6, '°F', 37],
    ['temperature', 32, '°F', 0],
    ['dosePerKg', 2, '×10^6 cells/kg', 2e6],
    ['totalCells', 1.5, '×10^8 cells', 1.5e8],
    ['fio2', 0.21, 'fraction', 21],
    ['weight', 70, 'kg', 70],
  ])('%s: %d %s is %d in the stored unit', (id, value, unit, stored) => {
    expect(valueOf(convertToStored(id, value, unit))).toBe(stored);
  });

  it('converts back from the stored unit', () => {
    expect(valueOf(convertFromStored('bilirubin', 342, 'mg/dL'))).toBe(20);
    expect(valueOf(convertFromStored('creatinine', 88.4, 'mg/dL'))).toBe(1);
    expect(valueOf(convertFromStored('albumin', 28, 'g/dL'))).toBe(2.8);
    expect(valueOf(convertFromStored('temperature', 37, '°F'))).toBe(98.6);
    expect(valueOf(convertFromStored('urea', 0.357, 'BUN mg/dL'))).toBe(1);
  });

  it.each(convertible)('%s: stored → %s → stored round-trips within 1e-9 relative', (id, unit, definition) => {
    const { min, max } = definition.hardRange;
    // Subnormal doubles (< 1e-300) underflow when divided; no measurement is that small, 0 excepted.
    const stored = fc.oneof(fc.constant(min), fc.double({ min: Math.max(min, 1e-12), max, noNaN: true }));
    fc.assert(
      fc.property(stored, (stored) => {
        const there = valueOf(convertFromStored(id, stored, unit));
        const back = valueOf(convertToStored(id, there, unit));
        return back === stored || Math.abs(back - stored) <= 1e-9 * Math.abs(stored);
      }),
    );
  });

  it('lists the stored unit first among the accepted units', () => {
    for (const d of quantities) {
      expect(unitsOf(d)[0]).toBe(d.unit);
      expect(new Set(unitsOf(d)).size, d.id).toBe(unitsOf(d).length);
    }
  });

  it('returns an issue for a unit the item does not have', () => {
    const r = convertToStored('bilirubin', 5, 'mmol/L');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.message).toMatch(/mmol\/L.*µmol\/L/);
    // A plain "mg/dL" is ambiguous for urea (BUN or urea?) and therefore not accepted.
    expect(convertToStored('urea', 28, 'mg/dL').ok).toBe(false);
    // Copies/mL → IU/mL depends on the assay: no conversion exists.
    expect(convertToStored('hbvDna', 5, 'copies/mL').ok).toBe(false);
    expect(convertFromStored('albumin', 28, 'mg/dL').ok).toBe(false);
  });

  it('returns an issue for unknown items and for items that are not numbers', () => {
    expect(convertToStored('bun', 28, 'mg/dL').ok).toBe(false);
    expect(convertToStored('aeGrade', 2, '').ok).toBe(false);
    expect(convertFromStored('sex', 1, 'kg').ok).toBe(false);
  });

  it('never accepts a missing reason, a numeric string or a non-finite number as a value', () => {
    for (const reason of MISSING_REASON_CODES) {
      expect(convertToStored('bilirubin', reason as unknown as number, 'µmol/L').ok).toBe(false);
      expect(convertFromStored('bilirubin', reason as unknown as number, 'mg/dL').ok).toBe(false);
    }
    for (const bad of ['85.5', null, undefined, NaN, Infinity, -Infinity, -999]) {
      const r = convertToStored('bilirubin', bad as unknown as number, 'µmol/L');
      // -999 is a number: it converts, and the range check (not conversion) rejects it.
      expect(r.ok, String(bad)).toBe(bad === -999);
    }
  });
});
