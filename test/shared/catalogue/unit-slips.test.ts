import { describe, expect, it } from 'vitest';
import { MISSING_REASON_CODES, UNIT_SLIP_HEURISTICS, getItem, unitSlipWarnings } from '../../../shared/catalogue';

const probable = (...args: Parameters<typeof unitSlipWarnings>) => unitSlipWarnings(...args).map((w) => w.probableUnit);

describe('unit-slip heuristics', () => {
  it('each name an alternative unit of its item and give bilingual messages', () => {
    for (const h of UNIT_SLIP_HEURISTICS) {
      const found = getItem(h.itemId);
      expect(found.ok).toBe(true);
      if (!found.ok || found.value.kind !== 'quantity') throw new Error(`${h.itemId} is not a quantity`);
      expect(found.value.alternativeUnits.map((u) => u.unit), h.itemId).toContain(h.probableUnit);
      expect(h.message.en).not.toBe('');
      expect(h.message.zh).toMatch(/\p{Script=Han}/u);
    }
  });

  it('bilirubin < 30 µmol/L fires as mg/dL only in a jaundiced patient', () => {
    expect(probable('bilirubin', 29.9, 'µmol/L', { jaundiced: true })).toEqual(['mg/dL']);
    expect(probable('bilirubin', 30, 'µmol/L', { jaundiced: true })).toEqual([]);
    expect(probable('bilirubin', 15, 'µmol/L', { jaundiced: false })).toEqual([]);
    expect(probable('bilirubin', 15, 'µmol/L')).toEqual([]);
  });

  it.each([
    ['albumin', 6.9, 7, 'g/dL'],
    ['creatinine', 14.9, 15, 'mg/dL'],
    ['cholinesterase', 29, 30, 'kU/L'],
  ] as const)('%s fires below the threshold (%d) and not at it (%d)', (id, below, at, unit) => {
    const stored = getItem(id);
    if (!stored.ok || stored.value.kind !== 'quantity') throw new Error(id);
    expect(probable(id, below, stored.value.unit)).toEqual([unit]);
    expect(probable(id, at, stored.value.unit)).toEqual([]);
  });

  it.each(['wbc', 'platelets'] as const)('%s above 1 000 ×10^9/L fires as cells/µL', (id) => {
    expect(probable(id, 1000.5, '×10^9/L')).toEqual(['cells/µL']);
    expect(probable(id, 1000, '×10^9/L')).toEqual([]);
  });

  it('urea above 3× the previous value fires as BUN mg/dL', () => {
    expect(probable('urea', 30.1, 'mmol/L', { previousStoredValue: 10 })).toEqual(['BUN mg/dL']);
    expect(probable('urea', 30, 'mmol/L', { previousStoredValue: 10 })).toEqual([]);
    expect(probable('urea', 30.1, 'mmol/L')).toEqual([]);
  });

  it('says what the value would be if it was in the probable unit', () => {
    const [warning] = unitSlipWarnings('bilirubin', 5, 'µmol/L', { jaundiced: true });
    expect(warning).toMatchObject({ itemId: 'bilirubin', severity: 'warning', storedIfProbableUnit: 85.5 });
    const [albumin] = unitSlipWarnings('albumin', 2.8, 'g/L');
    expect(albumin?.storedIfProbableUnit).toBe(28);
  });

  it('stay silent for values entered in another unit, unknown items and non-numbers', () => {
    expect(unitSlipWarnings('albumin', 2.8, 'g/dL')).toEqual([]);
    expect(unitSlipWarnings('creatinine', 1.2, 'mg/dL')).toEqual([]);
    expect(unitSlipWarnings('bun', 1, 'mg/dL')).toEqual([]);
    expect(unitSlipWarnings('alt', 1, 'U/L')).toEqual([]);
    for (const reason of MISSING_REASON_CODES) expect(unitSlipWarnings('albumin', reason as unknown as number, 'g/L')).toEqual([]);
    expect(unitSlipWarnings('albumin', NaN, 'g/L')).toEqual([]);
  });
});
