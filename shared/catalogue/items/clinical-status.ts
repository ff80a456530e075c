/**
 * Clinical status (ascites, HE, organ support), etiology, demography and key dates (domain.md §2.2,
 * §3.2, §3.7). Categorical grades store short codes; scores map them to points.
 */
import type { ItemDefinition } from '../schema';

export const CLINICAL_STATUS_ITEMS: readonly ItemDefinition[] = [
  {
    id: 'ascitesGrade',
    kind: 'choice',
    label: { en: 'Ascites grade', zh: '腹水分级' },
    choices: [
      { code: '0', label: { en: '0 – None', zh: '0 – 无' } },
      { code: '1', label: { en: '1 – Mild (detectable only by ultrasound)', zh: '1 – 轻度（仅超声可探及）' } },
      { code: '2', label: { en: '2 – Moderate (moderate symmetrical distension)', zh: '2 – 中度（腹部中度对称性膨隆）' } },
      { code: '3', label: { en: '3 – Large (marked abdominal distension)', zh: '3 – 大量（腹部明显膨隆）' } },
    ],
    codes: {
      loinc: ['98151-4'],
      cdisc: { domain: 'RS', testCode: 'CPS0102' },
      note: 'CPS0102 answers are absent / slight / moderate: the grade → Child-Pugh mapping is an assumption (domain.md §3.6).',
    },
  },
  {
    id: 'ascitesRefractory',
    kind: 'boolean',
    label: { en: 'Refractory ascites', zh: '难治性腹水' },
    codes: {},
  },
  {
    id: 'paracentesis',
    kind: 'boolean',
    label: { en: 'Paracentesis performed', zh: '行腹腔穿刺放液' },
    codes: {},
  },
  {
    id: 'heGrade',
    kind: 'choice',
    label: { en: 'Hepatic encephalopathy grade (West Haven)', zh: '肝性脑病分级（West Haven）' },
    help: { en: 'Covert = minimal + grade 1; overt = grades 2–4.', zh: '隐匿性 = 轻微型 + 1 级；显性 = 2–4 级。' },
    choices: [
      { code: '0', label: { en: '0 – None', zh: '0 – 无' } },
      { code: 'minimal', label: { en: 'Minimal (psychometric tests only)', zh: '轻微型（仅神经心理学测试异常）' } },
      { code: '1', label: { en: '1 – Trivial lack of awareness, sleep disturbance', zh: '1 级 – 轻度认知障碍、睡眠障碍，无定向障碍' } },
      { code: '2', label: { en: '2 – Lethargy, disorientation to time, asterixis', zh: '2 级 – 嗜睡、时间定向障碍、扑翼样震颤' } },
      { code: '3', label: { en: '3 – Somnolence to semi-stupor, gross disorientation', zh: '3 级 – 昏睡至半昏迷、明显定向障碍' } },
      { code: '4', label: { en: '4 – Coma', zh: '4 级 – 昏迷' } },
    ],
    codes: { loinc: ['98150-6'], cdisc: { domain: 'RS', testCode: 'CPS0101' } },
  },
  {
    id: 'vasopressors',
    kind: 'boolean',
    label: { en: 'Vasopressors in use', zh: '使用血管活性药物' },
    codes: { note: 'CLIF-C OF circulation failure; sponsor-defined coding.' },
  },
  {
    id: 'renalReplacement',
    kind: 'boolean',
    label: { en: 'Renal replacement therapy', zh: '肾脏替代治疗' },
    codes: { note: 'CLIF-C OF kidney failure; sponsor-defined coding.' },
  },
  {
    id: 'dialysisTwiceInPastWeek',
    kind: 'boolean',
    label: {
      en: 'Dialysis ≥ 2 times (or CVVHD ≥ 24 h) in the past 7 days',
      zh: '过去 7 天内透析 ≥ 2 次（或 CVVHD ≥ 24 小时）',
    },
    help: { en: 'If yes, MELD sets creatinine to its cap.', zh: '如为“是”，MELD 计算时肌酐取上限值。' },
    codes: { note: 'UNOS MELD creatinine rule (domain.md §3.2).' },
  },
  {
    id: 'etiologyCategory',
    kind: 'choice',
    label: { en: 'Etiology category for MELD (NCT05121870)', zh: 'MELD 病因分类（NCT05121870）' },
    help: { en: 'The 6.4 × etiology term of the seed formula.', zh: '对应方案公式中的 6.4 × 病因项。' },
    choices: [
      { code: '0', label: { en: 'Cholestatic or alcoholic', zh: '胆汁淤积性或酒精性' } },
      { code: '1', label: { en: 'Other (e.g. viral)', zh: '其他（如病毒性）' } },
    ],
    codes: { note: 'Derived input of the NCT05121870 MELD; sponsor-defined coding.' },
  },
  {
    id: 'liverDiseaseEtiology',
    kind: 'choice',
    label: { en: 'Etiology of liver disease', zh: '肝病病因' },
    choices: [
      { code: 'HBV', label: { en: 'Viral: hepatitis B', zh: '病毒性：乙型肝炎' } },
      { code: 'HCV', label: { en: 'Viral: hepatitis C', zh: '病毒性：丙型肝炎' } },
      { code: 'ALCOHOL', label: { en: 'Alcohol', zh: '酒精性' } },
      { code: 'DILI', label: { en: 'Drug-induced liver injury', zh: '药物性肝损伤' } },
      { code: 'AUTOIMMUNE', label: { en: 'Autoimmune', zh: '自身免疫性' } },
      { code: 'OTHER', label: { en: 'Other', zh: '其他' } },
    ],
    codes: { cdisc: { domain: 'CE' }, note: 'Usually exported as medical history; sponsor-defined coding.' },
  },
  {
    id: 'sex',
    kind: 'choice',
    label: { en: 'Sex', zh: '性别' },
    choices: [
      { code: 'M', label: { en: 'Male', zh: '男' }, submissionValue: 'M' },
      { code: 'F', label: { en: 'Female', zh: '女' }, submissionValue: 'F' },
    ],
    codes: { cdisc: { domain: 'DM', variable: 'SEX' } },
  },
  {
    id: 'birthYear',
    kind: 'integer',
    label: { en: 'Year of birth', zh: '出生年份' },
    hardRange: { min: 1900, max: 2100 },
    softRange: { low: 1920, high: 2010 },
    assumption: { en: 'Ranges are a proposal.', zh: '范围为建议值。' },
    codes: { cdisc: { domain: 'DM', variable: 'BRTHDTC' } },
  },
  {
    id: 'age',
    kind: 'integer',
    label: { en: 'Age at consent', zh: '签署知情同意时年龄' },
    unit: 'years',
    unitLabel: { en: 'years', zh: '岁' },
    hardRange: { min: 0, max: 120 },
    softRange: { low: 18, high: 80 },
    help: { en: 'Eligibility age limits are set by each protocol.', zh: '入选年龄范围由各方案规定。' },
    codes: { cdisc: { domain: 'DM', variable: 'AGE' } },
  },
  {
    id: 'consentDate',
    kind: 'date',
    label: { en: 'Informed consent date', zh: '知情同意签署日期' },
    partialAllowed: false,
    codes: { cdisc: { domain: 'DM', variable: 'RFICDTC' } },
  },
  {
    id: 'visitDate',
    kind: 'date',
    label: { en: 'Visit date', zh: '访视日期' },
    partialAllowed: false,
    codes: { cdisc: { domain: 'SV', variable: 'SVSTDTC' } },
  },
];
