import { describe, expect, it } from 'vitest';
import { getItem, ITEM_IDS } from '../../../shared/catalogue';
import {
  armOid,
  criterionOid,
  DERIVED_SCORE_IDS,
  DERIVED_SCORE_LABELS,
  endpointOid,
  formOid,
  itemGroupOid,
  itemOid,
  LocalId,
  metaDataVersionOid,
  SHIPPED_CATALOGUE,
  studyEventOid,
  studyOid,
} from '../../../shared/protocol';
import { FORMULA } from '../../../shared/scores';

describe('OIDs', () => {
  it('derive from ids with a fixed prefix per kind', () => {
    const p = { id: 'NCT05985863', version: '0.1' };
    expect([studyOid(p), metaDataVersionOid(p), studyEventOid('w4'), formOid('labs'), itemGroupOid('labs'), itemOid('bilirubin'), armOid('msc'), endpointOid('meld'), criterionOid('inc-age')]).toEqual([
      'S.NCT05985863',
      'MDV.NCT05985863.0.1',
      'SE.w4',
      'F.labs',
      'IG.labs',
      'IT.bilirubin',
      'ARM.msc',
      'EP.meld',
      'EC.inc-age',
    ]);
  });

  it('cannot collide: a local id never contains the "." that separates OID parts', () => {
    expect(LocalId.safeParse('visit.date').success).toBe(false);
    expect(LocalId.safeParse('w4').success).toBe(true);
  });
});

describe('derived score ids', () => {
  it('are exactly the formulas shared/scores computes', () => {
    expect([...DERIVED_SCORE_IDS].sort()).toEqual(Object.keys(FORMULA).sort());
  });

  it('each has an English and a Chinese label', () => {
    for (const id of DERIVED_SCORE_IDS) {
      expect(DERIVED_SCORE_LABELS[id].en).not.toBe('');
      expect(DERIVED_SCORE_LABELS[id].zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('the shipped catalogue view', () => {
  it('finds every catalogue item and nothing else', () => {
    for (const id of ITEM_IDS) {
      const found = getItem(id);
      expect(SHIPPED_CATALOGUE.getItem(id)).toBe(found.ok ? found.value : 'missing');
    }
    expect(SHIPPED_CATALOGUE.getItem('notAnItem')).toBeUndefined();
  });
});
