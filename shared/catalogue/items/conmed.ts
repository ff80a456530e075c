/** Concomitant medication record (CDASH CM). Exclusion rules read its dates (e.g. immunosuppressants). */
import type { ItemDefinition } from '../schema';

export const CONMED_ITEMS: readonly ItemDefinition[] = [
  {
    id: 'cmTerm',
    kind: 'text',
    label: { en: 'Medication name', zh: '药物名称' },
    maxLength: 200,
    codes: { cdisc: { domain: 'CM', variable: 'CMTRT' } },
  },
  {
    id: 'cmIndication',
    kind: 'text',
    label: { en: 'Indication', zh: '用药指征' },
    maxLength: 200,
    codes: { cdisc: { domain: 'CM', variable: 'CMINDC' } },
  },
  {
    id: 'cmDose',
    kind: 'text',
    label: { en: 'Dose, unit and frequency', zh: '剂量、单位及频次' },
    maxLength: 200,
    codes: { cdisc: { domain: 'CM', variable: 'CMDSTXT' } },
  },
  {
    id: 'cmStart',
    kind: 'date',
    label: { en: 'Start date', zh: '开始日期' },
    partialAllowed: true,
    codes: { cdisc: { domain: 'CM', variable: 'CMSTDAT' } },
  },
  {
    id: 'cmEnd',
    kind: 'date',
    label: { en: 'End date', zh: '结束日期' },
    partialAllowed: true,
    codes: { cdisc: { domain: 'CM', variable: 'CMENDAT' } },
  },
  {
    id: 'cmOngoing',
    kind: 'boolean',
    label: { en: 'Ongoing', zh: '是否仍在使用' },
    codes: { cdisc: { domain: 'CM', variable: 'CMONGO' } },
  },
];
