/**
 * Death, liver transplantation, decompensation events and vital status (domain.md §2.4). These feed the
 * time-to-event endpoints, so they are captured even after a subject withdraws.
 */
import type { ItemDefinition } from '../schema';

export const OUTCOME_ITEMS: readonly ItemDefinition[] = [
  {
    id: 'deathDate',
    kind: 'date',
    label: { en: 'Date of death', zh: '死亡日期' },
    help: { en: 'If the date is unknown, record death with the missing reason.', zh: '死亡日期不详时，仍须记录死亡并填写缺失原因。' },
    partialAllowed: true,
    codes: { cdisc: { domain: 'DM', variable: 'DTHDTC' }, note: 'Also DS DSDECOD = DEATH with DSSTDTC; DTHFL = Y even without a date.' },
  },
  {
    id: 'deathCause',
    kind: 'text',
    label: { en: 'Primary cause of death', zh: '主要死亡原因' },
    maxLength: 200,
    codes: { cdisc: { domain: 'DD', testCode: 'PRCDTH' } },
  },
  {
    id: 'autopsy',
    kind: 'boolean',
    label: { en: 'Autopsy performed', zh: '是否进行尸检' },
    codes: { cdisc: { domain: 'DD' }, note: 'DDTESTCD not in the domain reference; sponsor-defined.' },
  },
  {
    id: 'ltDate',
    kind: 'date',
    label: { en: 'Liver transplantation date', zh: '肝移植日期' },
    partialAllowed: false,
    codes: { cdisc: { domain: 'PR', variable: 'PRSTDTC' }, note: 'PRTRT = "Liver transplantation".' },
  },
  {
    id: 'ltDonorType',
    kind: 'choice',
    label: { en: 'Donor type', zh: '供肝类型' },
    choices: [
      { code: 'DDLT', label: { en: 'Deceased-donor liver transplantation', zh: '尸体供肝肝移植' } },
      { code: 'LDLT', label: { en: 'Living-donor liver transplantation', zh: '活体肝移植' } },
    ],
    assumption: { en: 'Donor type capture is a proposal.', zh: '记录供肝类型为建议项。' },
    codes: { cdisc: { domain: 'PR' }, note: 'Sponsor-defined qualifier.' },
  },
  {
    id: 'ceTerm',
    kind: 'choice',
    label: { en: 'Decompensation event', zh: '失代偿事件' },
    choices: [
      { code: 'ASCITES', label: { en: 'Ascites, new or worsening', zh: '新发或加重的腹水' } },
      { code: 'VARICEAL_BLEEDING', label: { en: 'Variceal bleeding', zh: '食管胃静脉曲张破裂出血' } },
      { code: 'OVERT_HE', label: { en: 'Overt hepatic encephalopathy', zh: '显性肝性脑病' } },
      { code: 'SBP', label: { en: 'Spontaneous bacterial peritonitis', zh: '自发性细菌性腹膜炎' } },
      { code: 'HRS_AKI', label: { en: 'Hepatorenal syndrome – acute kidney injury', zh: '肝肾综合征-急性肾损伤' } },
      { code: 'JAUNDICE', label: { en: 'Jaundice', zh: '黄疸' } },
      { code: 'ACLF', label: { en: 'ACLF / liver failure', zh: '慢加急性肝衰竭/肝衰竭' } },
      { code: 'HCC', label: { en: 'Hepatocellular carcinoma', zh: '肝细胞癌' } },
      { code: 'OTHER', label: { en: 'Other', zh: '其他' } },
    ],
    assumption: {
      en: 'The event list is a proposal; no seed defines these events (domain.md F18).',
      zh: '事件列表为建议值；各方案均未给出事件定义（domain.md F18）。',
    },
    codes: { cdisc: { domain: 'CE', variable: 'CETERM' } },
  },
  {
    id: 'ceStart',
    kind: 'date',
    label: { en: 'Onset date', zh: '发生日期' },
    partialAllowed: true,
    codes: { cdisc: { domain: 'CE', variable: 'CESTDAT' } },
  },
  {
    id: 'ceBasis',
    kind: 'text',
    label: { en: 'Diagnostic basis', zh: '诊断依据' },
    help: { en: 'E.g. imaging, endoscopy, laboratory, clinical.', zh: '如影像学、内镜、实验室检查、临床诊断。' },
    maxLength: 200,
    codes: { cdisc: { domain: 'CE' }, note: 'Sponsor-defined qualifier.' },
  },
  {
    id: 'ceSeverity',
    kind: 'choice',
    label: { en: 'Severity', zh: '严重程度' },
    choices: [
      { code: 'MILD', label: { en: 'Mild', zh: '轻度' }, submissionValue: 'MILD' },
      { code: 'MODERATE', label: { en: 'Moderate', zh: '中度' }, submissionValue: 'MODERATE' },
      { code: 'SEVERE', label: { en: 'Severe', zh: '重度' }, submissionValue: 'SEVERE' },
    ],
    assumption: { en: 'Grading of decompensation events is not defined by any seed.', zh: '各方案均未规定失代偿事件的分级。' },
    codes: { cdisc: { domain: 'CE', variable: 'CESEV' } },
  },
  {
    id: 'lastKnownAliveDate',
    kind: 'date',
    label: { en: 'Date last known alive', zh: '最后确认存活日期' },
    partialAllowed: false,
    codes: { cdisc: { domain: 'SS' }, note: 'ADaM LSTALVDT source; sponsor-defined SDTM placement.' },
  },
  {
    id: 'vitalStatus',
    kind: 'choice',
    label: { en: 'Vital status', zh: '生存状态' },
    choices: [
      { code: 'ALIVE', label: { en: 'Alive', zh: '存活' }, submissionValue: 'ALIVE' },
      { code: 'DEAD', label: { en: 'Dead', zh: '死亡' }, submissionValue: 'DEAD' },
    ],
    unknownSubmissionValue: 'UNKNOWN',
    codes: { cdisc: { domain: 'SS', testCode: 'SURVSTAT' }, note: 'SSTESTCD not in the domain reference; verify.' },
  },
];
