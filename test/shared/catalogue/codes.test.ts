import { describe, expect, it } from 'vitest';
import { CATALOGUE_ITEMS, getItem, type ItemDefinition } from '../../../shared/catalogue';

function item(id: string): ItemDefinition {
  const found = getItem(id);
  if (!found.ok) throw new Error(`missing ${id}`);
  return found.value;
}

describe('terminology codes', () => {
  it('map the Chinese PTA (Quick %) to CDISC PTAC and LOINC 5894-1, never to CDISC PTA', () => {
    const pta = item('pta');
    expect(pta.codes.cdisc).toMatchObject({ domain: 'LB', testCode: 'PTAC', cCode: 'C170591' });
    expect(pta.codes.loinc?.[0]).toBe('5894-1');
    // CDISC PTA (C98774) is factor II activity: no item may claim it.
    for (const d of CATALOGUE_ITEMS) {
      expect(d.codes.cdisc?.testCode, d.id).not.toBe('PTA');
      expect(d.codes.cdisc?.cCode, d.id).not.toBe('C98774');
    }
  });

  it('store urea as UREA, and mark BUN mg/dL as a UREAN report converted with 0.357', () => {
    const urea = item('urea');
    expect(urea.codes.cdisc).toMatchObject({ testCode: 'UREA', cCode: 'C64815' });
    expect(urea.codes.loinc?.[0]).toBe('22664-7');
    if (urea.kind !== 'quantity') throw new Error('urea is a quantity');
    expect(urea.unit).toBe('mmol/L');
    const bun = urea.alternativeUnits.find((u) => u.reportedAs?.testCode === 'UREAN');
    expect(bun).toMatchObject({ factor: 0.357, reportedAs: { cCode: 'C125949', loinc: '3094-0' } });
    expect(CATALOGUE_ITEMS.some((d) => d.codes.cdisc?.testCode === 'UREAN')).toBe(false);
  });

  it('code cholinesterase as CHOLINES with the BUCHE choice left to the sponsor', () => {
    const che = item('cholinesterase');
    expect(che.codes.cdisc).toMatchObject({ testCode: 'CHOLINES', cCode: 'C92289' });
    expect(che.codes.note).toContain('BUCHE');
  });

  it.each([
    ['alt', 'ALT', 'C64433', '1742-6'],
    ['ast', 'AST', 'C64467', '1920-8'],
    ['alp', 'ALP', 'C64432', '6768-6'],
    ['bilirubin', 'BILI', 'C38037', '14631-6'],
    ['albumin', 'ALB', 'C64431', '1751-7'],
    ['prothrombinTime', 'PT', 'C62656', '5902-2'],
    ['inr', 'INR', 'C64805', '6301-6'],
    ['creatinine', 'CREAT', 'C64547', '14682-9'],
    ['sodium', 'SODIUM', 'C64809', '2951-2'],
    ['wbc', 'WBC', 'C51948', '26464-8'],
    ['platelets', 'PLAT', 'C51951', '26515-7'],
    ['weight', 'WEIGHT', 'C81328', '29463-7'],
  ])('%s is LBTESTCD/VSTESTCD %s (%s), LOINC %s for the stored unit', (id, testCode, cCode, loinc) => {
    const d = item(id);
    expect(d.codes.cdisc).toMatchObject({ testCode, cCode });
    expect(d.codes.loinc?.[0]).toBe(loinc);
  });

  it('give the EQ-5D-5L QS test codes and CTCAE grade variable', () => {
    expect(item('eq5dMobility').codes.cdisc).toMatchObject({ domain: 'QS', testCode: 'EQ5D0201', category: 'EQ-5D-5L' });
    expect(item('eq5dVas').codes.cdisc).toMatchObject({ testCode: 'EQ5D0206' });
    expect(item('aeGrade').codes.cdisc).toMatchObject({ domain: 'AE', variable: 'AETOXGR' });
  });

  it('give findings a test code and events/interventions a variable, not both by accident', () => {
    for (const d of CATALOGUE_ITEMS) {
      const cdisc = d.codes.cdisc;
      if (!cdisc) continue;
      if (['AE', 'CM', 'EC'].includes(cdisc.domain)) expect(cdisc.testCode, d.id).toBeUndefined();
    }
  });
});
