/**
 * Adverse event record (domain.md §2.4; CDASH AE). Consistency rules between these items
 * (grade 5 ⇔ fatal ⇔ death criterion, end ≥ start, end empty ⇔ ongoing) belong to the form engine.
 */
import type { ItemDefinition } from '../schema';

const seriousCriterion = (
  id: 'aeSdth' | 'aeSlife' | 'aeShosp' | 'aeSdisab' | 'aeScong' | 'aeSmie',
  variable: string,
  en: string,
  zh: string,
): ItemDefinition => ({ id, kind: 'boolean', label: { en, zh }, codes: { cdisc: { domain: 'AE', variable } } });

export const ADVERSE_EVENT_ITEMS: readonly ItemDefinition[] = [
  {
    id: 'aeTerm',
    kind: 'text',
    label: { en: 'Adverse event term', zh: '不良事件名称' },
    maxLength: 200,
    codes: { cdisc: { domain: 'AE', variable: 'AETERM' } },
  },
  {
    id: 'aeStart',
    kind: 'date',
    label: { en: 'Start date', zh: '开始日期' },
    partialAllowed: true,
    codes: { cdisc: { domain: 'AE', variable: 'AESTDAT' } },
  },
  {
    id: 'aeEnd',
    kind: 'date',
    label: { en: 'End date', zh: '结束日期' },
    partialAllowed: true,
    codes: { cdisc: { domain: 'AE', variable: 'AEENDAT' } },
  },
  {
    id: 'aeOngoing',
    kind: 'boolean',
    label: { en: 'Ongoing', zh: '是否持续' },
    codes: { cdisc: { domain: 'AE', variable: 'AEONGO' } },
  },
  {
    id: 'aeGrade',
    kind: 'choice',
    label: { en: 'CTCAE v5.0 grade', zh: 'CTCAE 5.0 分级' },
    choices: [
      { code: '1', label: { en: 'Grade 1 – Mild', zh: '1 级 – 轻度' }, submissionValue: '1' },
      { code: '2', label: { en: 'Grade 2 – Moderate', zh: '2 级 – 中度' }, submissionValue: '2' },
      { code: '3', label: { en: 'Grade 3 – Severe', zh: '3 级 – 重度' }, submissionValue: '3' },
      { code: '4', label: { en: 'Grade 4 – Life-threatening', zh: '4 级 – 危及生命' }, submissionValue: '4' },
      { code: '5', label: { en: 'Grade 5 – Death', zh: '5 级 – 死亡' }, submissionValue: '5' },
    ],
    codes: { cdisc: { domain: 'AE', variable: 'AETOXGR' }, note: 'AETOXGR replaces AESEV when CTCAE is used.' },
  },
  {
    id: 'aeSerious',
    kind: 'boolean',
    label: { en: 'Serious adverse event', zh: '是否为严重不良事件' },
    help: { en: 'If yes, at least one seriousness criterion must be yes.', zh: '如为“是”，至少须有一项严重性标准为“是”。' },
    codes: { cdisc: { domain: 'AE', variable: 'AESER' } },
  },
  seriousCriterion('aeSdth', 'AESDTH', 'Results in death', '导致死亡'),
  seriousCriterion('aeSlife', 'AESLIFE', 'Life-threatening', '危及生命'),
  {
    ...seriousCriterion('aeShosp', 'AESHOSP', 'Requires or prolongs hospitalisation', '导致住院或住院时间延长'),
    assumption: {
      en: 'ACLF patients are inpatients: the protocol must say whether disease-related prolongation counts.',
      zh: '慢加急性肝衰竭患者均为住院患者：是否将疾病相关的住院延长计入，须由方案规定。',
    },
  },
  seriousCriterion('aeSdisab', 'AESDISAB', 'Persistent or significant disability/incapacity', '导致永久或严重的残疾/功能丧失'),
  seriousCriterion('aeScong', 'AESCONG', 'Congenital anomaly / birth defect', '先天性异常/出生缺陷'),
  seriousCriterion('aeSmie', 'AESMIE', 'Other medically important event', '其他重要医学事件'),
  {
    id: 'aeRelated',
    kind: 'choice',
    label: { en: 'Relationship to study product', zh: '与研究产品的相关性' },
    choices: [
      { code: 'NOT RELATED', label: { en: 'Not related', zh: '无关' }, submissionValue: 'NOT RELATED' },
      { code: 'UNLIKELY RELATED', label: { en: 'Unlikely related', zh: '可能无关' }, submissionValue: 'UNLIKELY RELATED' },
      { code: 'POSSIBLY RELATED', label: { en: 'Possibly related', zh: '可能有关' }, submissionValue: 'POSSIBLY RELATED' },
      { code: 'RELATED', label: { en: 'Related', zh: '肯定有关' }, submissionValue: 'RELATED' },
    ],
    assumption: {
      en: 'Sponsor scale (SDTMIG examples). Which levels count as “treatment-related” must be defined by the sponsor.',
      zh: '申办方量表（参照 SDTMIG 示例）。哪些等级计为“治疗相关”须由申办方规定。',
    },
    codes: { cdisc: { domain: 'AE', variable: 'AEREL' } },
  },
  {
    id: 'aeAction',
    kind: 'choice',
    label: { en: 'Action taken with study product', zh: '对研究产品采取的措施' },
    choices: [
      { code: 'DOSE INCREASED', label: { en: 'Dose increased', zh: '剂量增加' }, submissionValue: 'DOSE INCREASED' },
      { code: 'DOSE NOT CHANGED', label: { en: 'Dose not changed', zh: '剂量未改变' }, submissionValue: 'DOSE NOT CHANGED' },
      { code: 'DOSE RATE REDUCED', label: { en: 'Dose rate reduced', zh: '输注速度减慢' }, submissionValue: 'DOSE RATE REDUCED' },
      { code: 'DOSE REDUCED', label: { en: 'Dose reduced', zh: '剂量减少' }, submissionValue: 'DOSE REDUCED' },
      { code: 'DRUG INTERRUPTED', label: { en: 'Drug interrupted', zh: '暂停用药' }, submissionValue: 'DRUG INTERRUPTED' },
      { code: 'DRUG WITHDRAWN', label: { en: 'Drug withdrawn', zh: '永久停药' }, submissionValue: 'DRUG WITHDRAWN' },
      { code: 'NOT APPLICABLE', label: { en: 'Not applicable', zh: '不适用' }, submissionValue: 'NOT APPLICABLE' },
    ],
    unknownSubmissionValue: 'UNKNOWN',
    codes: { cdisc: { domain: 'AE', variable: 'AEACN' }, note: 'CDISC ACN codelist; UNKNOWN comes from the UNK/ASKU missing reason.' },
  },
  {
    id: 'aeOutcome',
    kind: 'choice',
    label: { en: 'Outcome', zh: '转归' },
    choices: [
      { code: 'RECOVERED/RESOLVED', label: { en: 'Recovered/resolved', zh: '痊愈/消失' }, submissionValue: 'RECOVERED/RESOLVED' },
      {
        code: 'RECOVERED/RESOLVED WITH SEQUELAE',
        label: { en: 'Recovered/resolved with sequelae', zh: '痊愈/消失，有后遗症' },
        submissionValue: 'RECOVERED/RESOLVED WITH SEQUELAE',
      },
      { code: 'RECOVERING/RESOLVING', label: { en: 'Recovering/resolving', zh: '好转/缓解中' }, submissionValue: 'RECOVERING/RESOLVING' },
      {
        code: 'NOT RECOVERED/NOT RESOLVED',
        label: { en: 'Not recovered/not resolved', zh: '未好转/未缓解' },
        submissionValue: 'NOT RECOVERED/NOT RESOLVED',
      },
      { code: 'FATAL', label: { en: 'Fatal', zh: '死亡' }, submissionValue: 'FATAL' },
    ],
    unknownSubmissionValue: 'UNKNOWN',
    codes: { cdisc: { domain: 'AE', variable: 'AEOUT' }, note: 'CDISC OUT codelist; UNKNOWN comes from the UNK/ASKU missing reason.' },
  },
];
