/**
 * Virology and screening tests. HBV DNA is stored as log10 IU/mL with the assay's detection limit beside
 * it, because eligibility ("HBV DNA ≥ detection limit", NCT05121870) depends on the assay (domain.md F18).
 */
import type { ItemDefinition } from '../schema';

const LOG_IU = { en: 'log10 IU/mL', zh: 'log10 IU/mL' };

export const VIROLOGY_LAB_ITEMS: readonly ItemDefinition[] = [
  {
    id: 'hbvDna',
    kind: 'quantity',
    label: { en: 'HBV DNA', zh: '乙型肝炎病毒 DNA（HBV DNA）' },
    help: {
      en: 'log10 IU/mL. Below the detection limit: enter “<” and the limit. Copies/mL are not converted: the factor depends on the assay.',
      zh: '以 log10 IU/mL 录入。低于检测下限时录入“<”加检测下限。copies/mL 不做换算：换算系数取决于试剂。',
    },
    unit: 'log10 IU/mL',
    unitLabel: LOG_IU,
    alternativeUnits: [],
    decimals: 2,
    hardRange: { min: 0, max: 10 },
    softRange: { high: 8.5 },
    qualifierAllowed: true,
    codes: {
      loinc: ['42595-9'],
      cdisc: { domain: 'MB' },
      note: 'MB domain, MBTSTDTL = VIRAL LOAD; the MBTESTCD for HBV DNA is not verified (domain.md §2.1).',
    },
  },
  {
    id: 'hbvDnaLlod',
    kind: 'quantity',
    label: { en: 'HBV DNA assay lower limit of detection', zh: 'HBV DNA 检测下限' },
    help: {
      en: 'Of the assay used for this result, e.g. 20 IU/mL = 1.30 log10 IU/mL.',
      zh: '本次检测所用试剂的检测下限，如 20 IU/mL = 1.30 log10 IU/mL。',
    },
    unit: 'log10 IU/mL',
    unitLabel: LOG_IU,
    alternativeUnits: [],
    decimals: 2,
    hardRange: { min: 0, max: 5 },
    softRange: { high: 3 },
    qualifierAllowed: false,
    assumption: {
      en: 'Ranges for the detection limit are a proposal.',
      zh: '检测下限的范围为建议值。',
    },
    codes: { cdisc: { domain: 'MB' }, note: 'Export with the HBV DNA result (e.g. as the lower limit of quantitation/detection).' },
  },
  {
    id: 'hivAntibody',
    kind: 'choice',
    label: { en: 'HIV antibody', zh: 'HIV 抗体' },
    choices: [
      { code: 'NEGATIVE', label: { en: 'Negative', zh: '阴性' }, submissionValue: 'NEGATIVE' },
      { code: 'POSITIVE', label: { en: 'Positive', zh: '阳性' }, submissionValue: 'POSITIVE' },
      { code: 'INDETERMINATE', label: { en: 'Indeterminate', zh: '不确定' }, submissionValue: 'INDETERMINATE' },
    ],
    codes: { cdisc: { domain: 'LB' }, note: 'LBTESTCD is sponsor-defined; none is given in the domain reference.' },
  },
  {
    id: 'pregnancyTest',
    kind: 'choice',
    label: { en: 'Pregnancy test', zh: '妊娠试验' },
    help: {
      en: 'For men or women not of child-bearing potential use the missing reason “Not applicable”.',
      zh: '男性或无生育可能的女性请选择缺失原因“不适用”。',
    },
    choices: [
      { code: 'NEGATIVE', label: { en: 'Negative', zh: '阴性' }, submissionValue: 'NEGATIVE' },
      { code: 'POSITIVE', label: { en: 'Positive', zh: '阳性' }, submissionValue: 'POSITIVE' },
    ],
    codes: { cdisc: { domain: 'LB' }, note: 'LBTESTCD is sponsor-defined; none is given in the domain reference.' },
  },
];
