/**
 * Patient-reported outcomes (domain.md §2.5): EQ-5D-5L and the CLDQ. Item wording is licensed, so labels
 * name the dimension or item number only; the licensed Chinese text is shown from the paper instrument.
 */
import type { ItemDefinition } from '../schema';
import { CLDQ_ITEM_IDS } from '../ids';
import { cldqDomainOf } from '../cldq';

const EQ5D_VERSION = {
  en: 'EQ-5D-5L is assumed; NCT05121870 does not state the version (domain.md F18).',
  zh: '假定为 EQ-5D-5L；NCT05121870 未说明版本（domain.md F18）。',
};

const eq5dDimension = (
  id: 'eq5dMobility' | 'eq5dSelfCare' | 'eq5dUsualActivities' | 'eq5dPainDiscomfort' | 'eq5dAnxietyDepression',
  testCode: string,
  en: string,
  zh: string,
): ItemDefinition => ({
  id,
  kind: 'integer',
  label: { en: `EQ-5D-5L: ${en}`, zh: `EQ-5D-5L：${zh}` },
  help: { en: 'Level 1 (no problems) to 5 (extreme problems / unable).', zh: '1 级（没有困难）至 5 级（极度困难/无法）。' },
  hardRange: { min: 1, max: 5 },
  assumption: EQ5D_VERSION,
  codes: { cdisc: { domain: 'QS', testCode, category: 'EQ-5D-5L' } },
});

export const EQ5D_ITEMS: readonly ItemDefinition[] = [
  eq5dDimension('eq5dMobility', 'EQ5D0201', 'Mobility', '行动能力'),
  eq5dDimension('eq5dSelfCare', 'EQ5D0202', 'Self-care', '自我照顾能力'),
  eq5dDimension('eq5dUsualActivities', 'EQ5D0203', 'Usual activities', '日常活动能力'),
  eq5dDimension('eq5dPainDiscomfort', 'EQ5D0204', 'Pain / discomfort', '疼痛/不舒服'),
  eq5dDimension('eq5dAnxietyDepression', 'EQ5D0205', 'Anxiety / depression', '焦虑/抑郁'),
  {
    id: 'eq5dVas',
    kind: 'integer',
    label: { en: 'EQ VAS: health today', zh: 'EQ VAS：今天的健康状况' },
    help: { en: '0 = worst imaginable health, 100 = best.', zh: '0 = 能想象的最差健康状况，100 = 最好。' },
    hardRange: { min: 0, max: 100 },
    assumption: EQ5D_VERSION,
    codes: { cdisc: { domain: 'QS', testCode: 'EQ5D0206', category: 'EQ-5D-5L' } },
  },
];

export const CLDQ_ITEMS: readonly ItemDefinition[] = CLDQ_ITEM_IDS.map((id): ItemDefinition => {
  const number = Number(id.slice('cldq'.length));
  const domain = cldqDomainOf(id);
  return {
    id,
    kind: 'integer',
    label: {
      en: `CLDQ item ${number}${domain ? ` (${domain.label.en})` : ''}`,
      zh: `CLDQ 第 ${number} 题${domain ? `（${domain.label.zh}）` : ''}`,
    },
    help: { en: '1 = all of the time … 7 = none of the time (higher = better).', zh: '1 = 始终如此 … 7 = 从未如此（分数越高越好）。' },
    hardRange: { min: 1, max: 7 },
    codes: {
      cdisc: { domain: 'QS', testCode: id.toUpperCase(), category: 'CLDQ' },
      note: 'No CDISC QRS codes or LOINC verified: sponsor-defined QSTESTCD. A licensed Chinese version is needed.',
    },
  };
});
