/**
 * Medical and treatment history that eligibility rules read (domain.md §1). An event that may never have
 * happened (another trial, a TIPS, a drug) has a yes/no question before its date: "no" is an answer the
 * rules can use, while a missing date only ever means "not known yet".
 */
import type { ItemDefinition } from '../schema';

/** ×10^3/µL is numerically ×10^9/L; a raw count per µL is 1/1000 of it (as for `platelets`). */
const CELL_COUNT_ALTERNATIVES = [
  { unit: '×10^3/µL', factor: 1 },
  { unit: 'cells/µL', label: { en: 'cells/µL', zh: '个/µL' }, factor: 0.001, decimals: 0 },
];

const SPONSOR_DEFINED = 'No CDISC or LOINC code verified; sponsor-defined coding.';

const IF_STILL_TAKEN = {
  en: 'If it is still being taken, enter the date of the eligibility assessment.',
  zh: '如仍在使用，请填写入选评估日期。',
};

export const HISTORY_ITEMS: readonly ItemDefinition[] = [
  {
    id: 'priorLiverTransplant',
    kind: 'boolean',
    label: { en: 'Previous liver transplantation', zh: '既往肝移植史' },
    codes: {
      cdisc: { domain: 'MH' },
      note: 'Medical history "liver transplant" (MHTERM, MedDRA-coded by the sponsor); a dated procedure would be PR. Not verified against CDISC CT.',
    },
  },
  {
    id: 'onTransplantWaitingList',
    kind: 'boolean',
    label: { en: 'On the liver transplantation waiting list', zh: '已列入肝移植等待名单' },
    codes: { note: SPONSOR_DEFINED },
  },
  {
    id: 'priorTrialParticipation',
    kind: 'boolean',
    label: { en: 'Has previously taken part in another clinical trial', zh: '既往参加过其他临床试验' },
    help: { en: 'If yes, record the date of the last participation.', zh: '如为“是”，请记录末次参加日期。' },
    codes: { note: SPONSOR_DEFINED },
  },
  {
    id: 'lastTrialParticipationDate',
    kind: 'date',
    label: { en: 'Date of last participation in another clinical trial', zh: '末次参加其他临床试验的日期' },
    help: {
      en: 'The last day on study in that trial: its last visit or the last dose of its investigational product, whichever is later.',
      zh: '在该试验中的最后研究日：末次访视日期或末次使用其试验用药品的日期，以较晚者为准。',
    },
    partialAllowed: false,
    assumption: {
      en: 'No trial document says which day ends “participation”; the later of the last visit and the last dose is proposed.',
      zh: '各试验文件均未说明“参加”截止于哪一天；建议取末次访视与末次用药中较晚者。',
    },
    codes: { note: SPONSOR_DEFINED },
  },
  {
    id: 'decompensationOnsetDate',
    kind: 'date',
    label: { en: 'Onset date of the current acute decompensation', zh: '本次急性失代偿发病日期' },
    help: {
      en: 'The first day of the acute deterioration (e.g. new jaundice, ascites or hepatic encephalopathy) that led to this presentation.',
      zh: '导致本次就诊的急性恶化（如新出现黄疸、腹水或肝性脑病）的首日。',
    },
    partialAllowed: false,
    assumption: {
      en: 'No trial document says which sign marks the onset; the first day of the acute deterioration is proposed.',
      zh: '各试验文件均未说明以何种表现作为发病起点；建议取急性恶化的首日。',
    },
    codes: { cdisc: { domain: 'CE', variable: 'CESTDAT' }, note: 'Clinical event "acute decompensation"; sponsor-defined CETERM.' },
  },
  {
    id: 'copdGoldGrade',
    kind: 'choice',
    label: { en: 'COPD severity (GOLD spirometric grade)', zh: '慢性阻塞性肺疾病严重程度（GOLD 肺功能分级）' },
    help: {
      en: 'Graded on post-bronchodilator FEV1 (% predicted) when FEV1/FVC < 0.70. Choose “No COPD” for a patient without COPD.',
      zh: '在支气管舒张剂后 FEV1/FVC < 0.70 时，按 FEV1 占预计值百分比分级。无慢阻肺者选“无慢阻肺”。',
    },
    choices: [
      { code: 'NONE', label: { en: 'No COPD', zh: '无慢阻肺' } },
      {
        code: '0',
        label: {
          en: 'GOLD 0 – At risk: chronic symptoms, normal spirometry (GOLD 2001; no longer used)',
          zh: 'GOLD 0 级 – 高危：有慢性症状，肺功能正常（GOLD 2001 版，现已不用）',
        },
      },
      { code: '1', label: { en: 'GOLD 1 – Mild: FEV1 ≥ 80 % predicted', zh: 'GOLD 1 级 – 轻度：FEV1 ≥ 80% 预计值' } },
      { code: '2', label: { en: 'GOLD 2 – Moderate: 50 % ≤ FEV1 < 80 % predicted', zh: 'GOLD 2 级 – 中度：50% ≤ FEV1 < 80% 预计值' } },
      { code: '3', label: { en: 'GOLD 3 – Severe: 30 % ≤ FEV1 < 50 % predicted', zh: 'GOLD 3 级 – 重度：30% ≤ FEV1 < 50% 预计值' } },
      { code: '4', label: { en: 'GOLD 4 – Very severe: FEV1 < 30 % predicted', zh: 'GOLD 4 级 – 极重度：FEV1 < 30% 预计值' } },
    ],
    codes: {
      cdisc: { domain: 'MH' },
      note: 'GOLD spirometric grades 1–4 (GOLD stages I–IV in older reports). GOLD 0 ("at risk") left the GOLD classification in 2006 and is kept only to transcribe older records [UNVERIFIED]. Sponsor-defined coding; no CDISC code verified.',
    },
  },
  {
    id: 'priorTips',
    kind: 'boolean',
    label: { en: 'TIPS placed before', zh: '既往行经颈静脉肝内门体分流术（TIPS）' },
    help: { en: 'Transjugular intrahepatic portosystemic shunt. If yes, record the insertion date.', zh: '如为“是”，请记录 TIPS 置入日期。' },
    codes: { cdisc: { domain: 'PR' }, note: 'PRTRT = "Transjugular intrahepatic portosystemic shunt"; sponsor-defined.' },
  },
  {
    id: 'tipsDate',
    kind: 'date',
    label: { en: 'TIPS insertion date', zh: 'TIPS 置入日期' },
    help: { en: 'If there was more than one, the most recent insertion.', zh: '如有多次，填写最近一次置入日期。' },
    partialAllowed: false,
    codes: { cdisc: { domain: 'PR', variable: 'PRSTDAT' }, note: 'PRTRT = "Transjugular intrahepatic portosystemic shunt"; sponsor-defined.' },
  },
  {
    id: 'antiviralTherapy',
    kind: 'boolean',
    label: { en: 'Antiviral therapy for hepatitis B or C (ongoing or completed)', zh: '乙型或丙型肝炎抗病毒治疗（正在进行或已完成）' },
    help: {
      en: 'Nucleos(t)ide analogues or interferon for hepatitis B; direct-acting antivirals or interferon for hepatitis C. If yes, record the start date.',
      zh: '乙型肝炎：核苷（酸）类似物或干扰素；丙型肝炎：直接抗病毒药物或干扰素。如为“是”，请记录开始日期。',
    },
    codes: { cdisc: { domain: 'CM' }, note: 'Summarises the antiviral CM records; sponsor-defined.' },
  },
  {
    id: 'antiviralStartDate',
    kind: 'date',
    label: { en: 'Antiviral therapy start date', zh: '抗病毒治疗开始日期' },
    help: {
      en: 'Hepatitis B: start of the current, uninterrupted course. Hepatitis C: start of the most recent course.',
      zh: '乙型肝炎：本次连续治疗的开始日期；丙型肝炎：最近一个疗程的开始日期。',
    },
    partialAllowed: false,
    assumption: {
      en: 'The trial document does not say which course counts; the current uninterrupted course (hepatitis B) or the most recent course (hepatitis C) is proposed.',
      zh: '试验文件未说明以哪一疗程计算；建议乙型肝炎取本次连续治疗，丙型肝炎取最近一个疗程。',
    },
    codes: { cdisc: { domain: 'CM', variable: 'CMSTDAT' } },
  },
  {
    id: 'aihSteroidTherapy',
    kind: 'boolean',
    label: { en: 'Currently on corticosteroids for autoimmune hepatitis', zh: '目前正在接受糖皮质激素治疗自身免疫性肝炎' },
    help: { en: 'If yes, record the start date of the current course.', zh: '如为“是”，请记录本疗程开始日期。' },
    codes: { cdisc: { domain: 'CM' }, note: 'Summarises the corticosteroid CM records; sponsor-defined.' },
  },
  {
    id: 'aihSteroidStartDate',
    kind: 'date',
    label: { en: 'Start date of corticosteroids for autoimmune hepatitis', zh: '自身免疫性肝炎糖皮质激素治疗开始日期' },
    help: { en: 'Start of the current, uninterrupted course.', zh: '本次连续治疗的开始日期。' },
    partialAllowed: false,
    codes: { cdisc: { domain: 'CM', variable: 'CMSTDAT' } },
  },
  {
    id: 'priorImmunosuppressant',
    kind: 'boolean',
    label: { en: 'Has received immunosuppressant or immune-enhancing therapy', zh: '曾使用免疫抑制剂或免疫增强剂' },
    help: {
      en: 'E.g. ciclosporin, tacrolimus, mycophenolate, azathioprine, systemic corticosteroids; thymalfasin (thymosin α1). If yes, record the date of the last dose.',
      zh: '如环孢素、他克莫司、吗替麦考酚酯、硫唑嘌呤、全身用糖皮质激素；胸腺法新（胸腺肽 α1）等。如为“是”，请记录末次用药日期。',
    },
    assumption: {
      en: 'The trial document does not list which drugs count; the examples are a proposal for the sponsor to confirm.',
      zh: '试验文件未列出具体药物；所列举例为建议，需申办方确认。',
    },
    codes: { cdisc: { domain: 'CM' }, note: 'Summarises the CM records; sponsor-defined.' },
  },
  {
    id: 'lastImmunosuppressantDate',
    kind: 'date',
    label: { en: 'Date of the last dose of an immunosuppressant or immune enhancer', zh: '末次使用免疫抑制剂或免疫增强剂的日期' },
    help: IF_STILL_TAKEN,
    partialAllowed: false,
    codes: { cdisc: { domain: 'CM', variable: 'CMENDAT' } },
  },
  {
    id: 'priorInterferonOrGlucocorticoid',
    kind: 'boolean',
    label: { en: 'Has received interferon or glucocorticoid therapy', zh: '曾接受干扰素或糖皮质激素治疗' },
    help: { en: 'Systemic therapy. If yes, record the date of the last dose.', zh: '指全身用药。如为“是”，请记录末次用药日期。' },
    assumption: {
      en: 'Read as systemic therapy (topical and inhaled glucocorticoids do not count); the trial document does not say.',
      zh: '理解为全身用药（外用及吸入用糖皮质激素不计在内）；试验文件未说明。',
    },
    codes: { cdisc: { domain: 'CM' }, note: 'Summarises the CM records; sponsor-defined.' },
  },
  {
    id: 'lastInterferonOrGlucocorticoidDate',
    kind: 'date',
    label: { en: 'Date of the last dose of interferon or glucocorticoid', zh: '末次使用干扰素或糖皮质激素的日期' },
    help: IF_STILL_TAKEN,
    partialAllowed: false,
    codes: { cdisc: { domain: 'CM', variable: 'CMENDAT' } },
  },
  {
    id: 'breastfeeding',
    kind: 'boolean',
    label: { en: 'Currently breastfeeding', zh: '目前处于哺乳期' },
    codes: { note: SPONSOR_DEFINED },
  },
  {
    id: 'preOnsetPlatelets',
    kind: 'quantity',
    label: { en: 'Platelet count before the onset of ACLF', zh: '慢加急性肝衰竭发病前血小板计数' },
    help: {
      en: 'The most recent result before the acute episode, taken from the medical records.',
      zh: '取自病历中本次急性发病前最近一次的检测结果。',
    },
    unit: '×10^9/L',
    alternativeUnits: CELL_COUNT_ALTERNATIVES,
    decimals: 0,
    hardRange: { min: 1, max: 2_000 },
    softRange: { low: 20, high: 600 },
    qualifierAllowed: true,
    assumption: {
      en: 'The trial document does not say how long before the onset the value may be; the most recent result before the acute episode is proposed. Ranges as for the platelet count.',
      zh: '试验文件未说明该结果可早于发病多久；建议取本次急性发病前最近一次结果。范围同血小板计数。',
    },
    codes: {
      loinc: ['26515-7', '777-3'],
      cdisc: { domain: 'LB', testCode: 'PLAT', cCode: 'C51951' },
      note: 'A historical result, not a screening sample: export it with its own date (LBDTC) before the onset, or as medical history if the sponsor prefers.',
    },
  },
  {
    id: 'preOnsetChildPugh',
    kind: 'integer',
    label: { en: 'Child-Pugh score before the onset of ACLF', zh: '慢加急性肝衰竭发病前 Child-Pugh 评分' },
    help: {
      en: 'Total score (5–15) from the records before the acute episode; the app does not compute it.',
      zh: '取自本次急性发病前病历记录的总分（5–15 分），系统不自动计算。',
    },
    hardRange: { min: 5, max: 15 },
    codes: {
      loinc: ['98152-2'],
      cdisc: { domain: 'RS', testCode: 'CPS0106' },
      note: 'Historical Child-Pugh total (CPS0106; LOINC 98152-2 per domain.md §3.6) from before the onset, as recorded then; not derived.',
    },
  },
  {
    id: 'surgicalShuntHistory',
    kind: 'boolean',
    label: { en: 'History of portosystemic shunt or devascularisation surgery', zh: '门体分流术或断流术手术史' },
    help: {
      en: 'Surgical shunts and devascularisation (e.g. splenectomy with pericardial devascularisation); TIPS is recorded separately.',
      zh: '包括外科门体分流术及断流术（如脾切除加贲门周围血管离断术）；TIPS 另行记录。',
    },
    codes: { cdisc: { domain: 'PR' }, note: 'Procedure history; sponsor-defined PRTRT.' },
  },
];
