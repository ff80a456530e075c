/**
 * Renal, electrolyte, haematology and critical-care labs (domain.md §2.1, §3.7–3.9).
 */
import type { ItemDefinition } from '../schema';

/** ×10^3/µL is numerically ×10^9/L; a raw count per µL is 1/1000 of it. */
const CELL_COUNT_ALTERNATIVES = [
  { unit: '×10^3/µL', factor: 1 },
  { unit: 'cells/µL', label: { en: 'cells/µL', zh: '个/µL' }, factor: 0.001, decimals: 0 },
];

const RANGE_PROPOSAL = {
  en: 'Hard and soft ranges are a proposal; the domain reference gives none for this item.',
  zh: '硬性与软性范围为建议值，参考资料未给出此项范围。',
};

export const RENAL_BLOOD_LAB_ITEMS: readonly ItemDefinition[] = [
  {
    id: 'creatinine',
    kind: 'quantity',
    label: { en: 'Serum creatinine', zh: '肌酐' },
    help: { en: 'µmol/L; mg/dL × 88.4 = µmol/L.', zh: '以 µmol/L 录入；mg/dL × 88.4 = µmol/L。' },
    unit: 'µmol/L',
    alternativeUnits: [{ unit: 'mg/dL', factor: 88.4, decimals: 2 }],
    decimals: 1,
    hardRange: { min: 10, max: 2_500 },
    softRange: { low: 30, high: 442 },
    qualifierAllowed: true,
    codes: { loinc: ['14682-9', '2160-0'], cdisc: { domain: 'LB', testCode: 'CREAT', cCode: 'C64547' } },
  },
  {
    id: 'creatinineUln',
    kind: 'quantity',
    label: { en: 'Creatinine, upper limit of normal (site)', zh: '肌酐正常参考值上限（本中心）' },
    help: {
      en: 'From the site laboratory reference range; needed for rules such as creatinine ≥ 1.2 × ULN.',
      zh: '取自本中心检验科参考范围；用于“肌酐 ≥ 1.2 × 正常值上限”等规则。',
    },
    unit: 'µmol/L',
    alternativeUnits: [{ unit: 'mg/dL', factor: 88.4, decimals: 2 }],
    decimals: 1,
    hardRange: { min: 20, max: 300 },
    softRange: { low: 50, high: 150 },
    qualifierAllowed: false,
    assumption: RANGE_PROPOSAL,
    codes: {
      loinc: ['14682-9', '2160-0'],
      cdisc: { domain: 'LB', testCode: 'CREAT', variable: 'LBORNRHI', cCode: 'C64547' },
      note: 'Exported as LBORNRHI of the CREAT result, not as a separate test.',
    },
  },
  {
    id: 'urea',
    kind: 'quantity',
    label: { en: 'Serum urea', zh: '尿素' },
    help: {
      en: 'mmol/L: Chinese reports labelled urea/BUN in mmol/L are urea. A result in BUN mg/dL × 0.357 = urea mmol/L.',
      zh: '以 mmol/L 录入：国内化验单标注“尿素/BUN”且单位为 mmol/L 者即为尿素。尿素氮 mg/dL × 0.357 = 尿素 mmol/L。',
    },
    unit: 'mmol/L',
    alternativeUnits: [
      {
        unit: 'BUN mg/dL',
        label: { en: 'BUN (urea nitrogen) mg/dL', zh: '尿素氮 mg/dL' },
        factor: 0.357,
        decimals: 1,
        reportedAs: { testCode: 'UREAN', cCode: 'C125949', loinc: '3094-0' },
      },
      {
        // Molar mass of urea 60.06 g/mol: mg/dL × 10 / 60.06 = mmol/L.
        unit: 'urea mg/dL',
        label: { en: 'urea mg/dL', zh: '尿素 mg/dL' },
        factor: 10 / 60.06,
        decimals: 1,
        reportedAs: { testCode: 'UREA', cCode: 'C64815', loinc: '3091-6' },
      },
    ],
    decimals: 2,
    hardRange: { min: 0.3, max: 120 },
    softRange: { low: 1.5, high: 35 },
    qualifierAllowed: true,
    codes: {
      // Trap: the stored value is urea (UREA); urea nitrogen (BUN) would be UREAN (C125949).
      loinc: ['22664-7', '3091-6'],
      cdisc: { domain: 'LB', testCode: 'UREA', cCode: 'C64815' },
    },
  },
  {
    id: 'sodium',
    kind: 'quantity',
    label: { en: 'Serum sodium', zh: '血钠' },
    unit: 'mmol/L',
    alternativeUnits: [{ unit: 'mEq/L', factor: 1 }],
    decimals: 1,
    hardRange: { min: 90, max: 200 },
    softRange: { low: 120, high: 155 },
    qualifierAllowed: true,
    codes: { loinc: ['2951-2'], cdisc: { domain: 'LB', testCode: 'SODIUM', cCode: 'C64809' } },
  },
  {
    id: 'wbc',
    kind: 'quantity',
    label: { en: 'White blood cell count (WBC)', zh: '白细胞计数（WBC）' },
    unit: '×10^9/L',
    alternativeUnits: CELL_COUNT_ALTERNATIVES,
    decimals: 2,
    hardRange: { min: 0.05, max: 300 },
    softRange: { low: 1, high: 30 },
    qualifierAllowed: true,
    codes: { loinc: ['26464-8', '6690-2'], cdisc: { domain: 'LB', testCode: 'WBC', cCode: 'C51948' } },
  },
  {
    id: 'neutrophils',
    kind: 'quantity',
    label: { en: 'Neutrophil count', zh: '中性粒细胞计数' },
    unit: '×10^9/L',
    alternativeUnits: CELL_COUNT_ALTERNATIVES,
    decimals: 2,
    hardRange: { min: 0, max: 250 },
    softRange: { low: 0.5, high: 25 },
    qualifierAllowed: true,
    assumption: RANGE_PROPOSAL,
    codes: {
      loinc: ['751-8'],
      cdisc: { domain: 'LB', testCode: 'NEUT' },
      note: 'LOINC and LBTESTCD not in the domain reference; verify against the current CDISC CT.',
    },
  },
  {
    id: 'platelets',
    kind: 'quantity',
    label: { en: 'Platelet count (PLT)', zh: '血小板计数（PLT）' },
    unit: '×10^9/L',
    alternativeUnits: CELL_COUNT_ALTERNATIVES,
    decimals: 0,
    hardRange: { min: 1, max: 2_000 },
    softRange: { low: 20, high: 600 },
    qualifierAllowed: true,
    codes: { loinc: ['26515-7', '777-3'], cdisc: { domain: 'LB', testCode: 'PLAT', cCode: 'C51951' } },
  },
  {
    id: 'lactate',
    kind: 'quantity',
    label: { en: 'Blood lactate', zh: '血乳酸' },
    help: { en: 'mmol/L; needed for the AARC score.', zh: '以 mmol/L 录入；用于 AARC 评分。' },
    unit: 'mmol/L',
    // Molar mass of lactate 90.08 g/mol: mg/dL × 10 / 90.08 = mmol/L.
    alternativeUnits: [{ unit: 'mg/dL', factor: 10 / 90.08, decimals: 1 }],
    decimals: 1,
    hardRange: { min: 0.1, max: 30 },
    softRange: { low: 0.3, high: 10 },
    qualifierAllowed: true,
    assumption: RANGE_PROPOSAL,
    codes: {
      loinc: ['2524-7', '32693-4'],
      cdisc: { domain: 'LB', testCode: 'LACTICAC' },
      note: 'LOINC and LBTESTCD not in the domain reference; verify against the current CDISC CT.',
    },
  },
  {
    id: 'pao2',
    kind: 'quantity',
    label: { en: 'Arterial oxygen partial pressure (PaO2)', zh: '动脉血氧分压（PaO2）' },
    help: { en: 'For the CLIF-C OF respiration score (PaO2/FiO2).', zh: '用于 CLIF-C OF 呼吸评分（PaO2/FiO2）。' },
    unit: 'mmHg',
    // 1 kPa = 7.500617 mmHg (101.325 kPa = 760 mmHg).
    alternativeUnits: [{ unit: 'kPa', factor: 760 / 101.325, decimals: 2 }],
    decimals: 0,
    hardRange: { min: 10, max: 700 },
    softRange: { low: 50, high: 500 },
    qualifierAllowed: true,
    assumption: RANGE_PROPOSAL,
    codes: {
      loinc: ['2703-7'],
      cdisc: { domain: 'LB', testCode: 'PO2' },
      note: 'LOINC and LBTESTCD not in the domain reference; verify against the current CDISC CT.',
    },
  },
];
