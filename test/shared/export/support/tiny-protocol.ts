import type { Protocol } from '../../../../shared/protocol';

const text = (en: string, zh: string) => ({ en, zh });

/**
 * A small protocol for the golden CSV files: three forms (visit date, four labs, an AE log) over a
 * screening, baseline, week-1 and week-12 schedule plus unscheduled visits. Small enough to check
 * every line of its exports by hand.
 */
export const TINY: Protocol = {
  id: 'TINY',
  registryId: 'pending',
  version: '1.0',
  title: text('Tiny test trial', '小型测试试验'),
  condition: text('Acute-on-chronic liver failure', '慢加急性肝衰竭'),
  masking: 'none',
  arms: [{ id: 'msc', label: text('MSC', '干细胞'), blindedLabel: text('Study product', '研究用药') }],
  stages: [{ number: 1, label: text('Stage 1', '第一阶段'), entry: { kind: 'enrolment' }, allocation: [{ arm: 'msc', ratio: 1 }] }],
  scores: [],
  dosing: [],
  visits: [
    { id: 'screening', label: text('Screening', '筛选'), kind: 'screening', day: -1, window: { before: 6, after: 0 }, forms: ['visit', 'labs'] },
    { id: 'w0', label: text('Week 0', '第0周'), kind: 'baseline', week: 0, window: { before: 0, after: 0 }, forms: ['visit', 'labs', 'adverse-events'] },
    { id: 'w1', label: text('Week 1', '第1周'), kind: 'follow-up', week: 1, window: { before: 1, after: 1 }, forms: ['visit', 'labs'] },
    { id: 'w12', label: text('Week 12', '第12周'), kind: 'end-of-study', week: 12, window: { before: 3, after: 3 }, forms: ['visit', 'labs'] },
    { id: 'unscheduled', label: text('Unscheduled', '计划外'), kind: 'unscheduled', forms: ['visit', 'adverse-events'] },
  ],
  forms: [
    { id: 'visit', title: text('Visit', '访视'), repeating: false, unblindedOnly: false, items: [{ item: 'visitDate', required: true }] },
    {
      id: 'labs',
      title: text('Laboratory', '实验室检查'),
      repeating: false,
      unblindedOnly: false,
      items: [
        { item: 'bilirubin', required: true },
        { item: 'albumin', required: true, softRange: { low: 20 } },
        { item: 'inr', required: true },
        { item: 'alt', required: false },
      ],
    },
    {
      id: 'adverse-events',
      title: text('Adverse events', '不良事件'),
      repeating: true,
      unblindedOnly: false,
      items: [
        { item: 'aeTerm', required: true },
        { item: 'aeGrade', required: true },
        { item: 'aeSerious', required: true },
        { item: 'aeSdth', required: false },
      ],
    },
  ],
  endpoints: [{ id: 'survival', kind: 'primary', label: text('Survival', '生存'), items: ['vitalStatus'], visits: ['w12'], timeFrame: 'at' }],
  eligibility: [{ id: 'inc-consent', kind: 'inclusion', text: text('Consent given', '已签署知情同意') }],
};
