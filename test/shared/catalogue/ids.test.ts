import { describe, expect, it } from 'vitest';
import { CATALOGUE_ITEMS, ITEM_IDS, getItem, isItemId } from '../../../shared/catalogue';

describe('item ids', () => {
  it('are unique lowerCamelCase identifiers', () => {
    expect(new Set(ITEM_IDS).size).toBe(ITEM_IDS.length);
    for (const id of ITEM_IDS) expect(id).toMatch(/^[a-z][a-zA-Z0-9]*$/);
  });

  it('are defined exactly once each, and nothing else is defined', () => {
    const defined = CATALOGUE_ITEMS.map((item) => item.id);
    expect(new Set(defined).size).toBe(defined.length);
    expect([...defined].sort()).toEqual([...ITEM_IDS].sort());
  });

  it('include the items the protocols and scores rely on', () => {
    for (const id of ['pta', 'urea', 'hbvDnaLlod', 'bilirubinUln', 'creatinineUln', 'lactate', 'neutrophils', 'dosingWeight', 'productActual']) {
      expect(isItemId(id)).toBe(true);
    }
    expect(ITEM_IDS.filter((id) => id.startsWith('cldq'))).toHaveLength(29);
  });

  it('getItem returns the definition, and an issue (not a throw) for an unknown id', () => {
    const known = getItem('bilirubin');
    expect(known.ok && known.value.id).toBe('bilirubin');

    const unknown = getItem('bun');
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.issues[0]?.message).toContain('bun');
    expect(isItemId('bun')).toBe(false);
    expect(getItem('').ok).toBe(false);
    expect(getItem('__proto__').ok).toBe(false);
  });
});
