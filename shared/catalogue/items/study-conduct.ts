/**
 * Study conduct: disposition at the end of study (CDISC DS), randomisation records and investigator
 * assessments that feed an endpoint.
 */
import type { ItemDefinition } from '../schema';

export const STUDY_CONDUCT_ITEMS: readonly ItemDefinition[] = [
  {
    id: 'disposition',
    kind: 'choice',
    label: { en: 'Study completion status', zh: '研究完成情况' },
    choices: [
      { code: 'COMPLETED', label: { en: 'Completed the study', zh: '完成研究' }, submissionValue: 'COMPLETED' },
      { code: 'WITHDRAWN', label: { en: 'Withdrawn (consent withdrawn or investigator decision)', zh: '退出研究（撤回知情同意或研究者决定）' } },
      { code: 'LOST_TO_FOLLOW_UP', label: { en: 'Lost to follow-up', zh: '失访' }, submissionValue: 'LOST TO FOLLOW-UP' },
      { code: 'DIED', label: { en: 'Died', zh: '死亡' }, submissionValue: 'DEATH' },
      { code: 'LIVER_TRANSPLANT', label: { en: 'Liver transplantation', zh: '接受肝移植' } },
      { code: 'OTHER', label: { en: 'Other', zh: '其他' }, submissionValue: 'OTHER' },
    ],
    assumption: {
      en: 'The trial documents define no disposition categories; this list is a CRF proposal.',
      zh: '各试验文件均未规定受试者处置分类；此列表为病例报告表的建议设置。',
    },
    codes: {
      cdisc: { domain: 'DS', variable: 'DSDECOD' },
      note: 'CDISC NCOMPLT terms where one exists (COMPLETED, LOST TO FOLLOW-UP, DEATH, OTHER; not verified against the CT file). "Withdrawn" maps to WITHDRAWAL BY SUBJECT or PHYSICIAN DECISION depending on the reason, and liver transplantation has no NCOMPLT term: the sponsor\'s data manager decides.',
    },
  },
  {
    id: 'dispositionDate',
    kind: 'date',
    label: { en: 'Date of completion or discontinuation', zh: '完成或终止研究日期' },
    partialAllowed: false,
    codes: { cdisc: { domain: 'DS', variable: 'DSSTDAT' } },
  },
  {
    id: 'dispositionReason',
    kind: 'text',
    label: { en: 'Reason for not completing the study', zh: '未完成研究的原因' },
    help: { en: 'Describe why, unless the subject completed the study.', zh: '受试者未完成研究时，请说明原因。' },
    maxLength: 500,
    codes: { cdisc: { domain: 'DS', variable: 'DSTERM' } },
  },
  {
    id: 'symptomsImproved',
    kind: 'boolean',
    label: { en: 'Significant improvement of symptoms (investigator judgement)', zh: '症状显著改善（研究者判断）' },
    help: {
      en: 'Compared with baseline, e.g. fatigue, poor appetite, jaundice.',
      zh: '与基线相比，如乏力、食欲减退、黄疸等。',
    },
    codes: {
      note: 'Investigator-judged part of the NCT03668171 clinical-remission endpoint (domain.md F10); sponsor-defined coding, no CDISC code verified.',
    },
  },
  {
    id: 'randomisationNumber',
    kind: 'text',
    label: { en: 'Randomisation number', zh: '随机号' },
    help: { en: 'As issued by the central randomisation system.', zh: '由中央随机系统分配。' },
    maxLength: 40,
    codes: { note: 'Often SUPPDM (QNAM RANDNO); sponsor-defined, not verified.' },
  },
  {
    id: 'randomisationDateTime',
    kind: 'datetime',
    label: { en: 'Randomisation date and time', zh: '随机日期及时间' },
    help: {
      en: 'When the randomisation was done. A randomisation before an infusion on the same visit must precede the infusion start.',
      zh: '完成随机的时间。同一访视中先随机后输注时，须早于输注开始时间。',
    },
    codes: {
      cdisc: { domain: 'DS', variable: 'DSSTDTC' },
      note: 'DS protocol milestone DSDECOD = "RANDOMIZED" (DSCAT = PROTOCOL MILESTONE); a second-stage randomisation is a sponsor-defined milestone. Not verified against CDISC CT.',
    },
  },
];
