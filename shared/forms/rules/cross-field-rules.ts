/**
 * Cross-field rules as data (domain.md §2.2–§2.4). A rule runs only when its fields are on the form;
 * `key` is the field its problem is shown on (and whose confirmation confirms a warning).
 */
import type { ItemId, LocalizedText } from '../../catalogue';

/** A tri-state test on one field: true, false, or unknown while unanswered. */
export type Condition =
  | { readonly kind: 'equals'; readonly item: ItemId; readonly value: string | boolean }
  /** No value, and no missing reason other than NA: "there is none". */
  | { readonly kind: 'empty'; readonly item: ItemId };

interface RuleBase {
  readonly id: string;
  readonly key: ItemId;
  readonly severity: 'error' | 'warning';
}

export type CrossFieldRule =
  | (RuleBase & { readonly kind: 'not-before'; readonly start: ItemId; readonly stop: ItemId; readonly message: LocalizedText })
  | (RuleBase & { readonly kind: 'less-than'; readonly smaller: ItemId; readonly larger: ItemId; readonly message: LocalizedText })
  /** Fires when one condition is true and another false. */
  | (RuleBase & { readonly kind: 'equivalent'; readonly conditions: readonly Condition[]; readonly message: LocalizedText })
  /** Fires when one `when` condition is true and no `then` condition is. */
  | (RuleBase & {
      readonly kind: 'implies';
      readonly when: readonly Condition[];
      readonly then: readonly Condition[];
      readonly message: LocalizedText;
    });

const is = (item: ItemId, value: string | boolean): Condition => ({ kind: 'equals', item, value });
const CRITERIA: readonly ItemId[] = ['aeSdth', 'aeSlife', 'aeShosp', 'aeSdisab', 'aeScong', 'aeSmie'];

const notBefore = (id: string, start: ItemId, stop: ItemId, en: string, zh: string): CrossFieldRule => ({
  id,
  kind: 'not-before',
  key: stop,
  severity: 'error',
  start,
  stop,
  message: { en, zh },
});

const endIffNotOngoing = (id: string, end: ItemId, ongoing: ItemId, what: LocalizedText): CrossFieldRule => ({
  id,
  kind: 'equivalent',
  key: end,
  severity: 'error',
  conditions: [{ kind: 'empty', item: end }, is(ongoing, true)],
  message: {
    en: `End date and “ongoing” disagree: an ongoing ${what.en} has no end date; one that is not ongoing needs an end date (or a missing reason).`,
    zh: `结束日期与“是否持续”不一致：持续中的${what.zh}不应有结束日期；已结束的须填写结束日期（或缺失原因）。`,
  },
});

export const CROSS_FIELD_RULES: readonly CrossFieldRule[] = [
  notBefore('infusion-stop-before-start', 'infusionStart', 'infusionStop', 'The infusion stop is before its start.', '输注结束时间早于开始时间。'),
  notBefore('ae-end-before-start', 'aeStart', 'aeEnd', 'The adverse event ends before it starts.', '不良事件结束日期早于开始日期。'),
  notBefore('cm-end-before-start', 'cmStart', 'cmEnd', 'The medication end date is before its start date.', '用药结束日期早于开始日期。'),
  {
    id: 'diastolic-not-below-systolic',
    kind: 'less-than',
    key: 'diastolicBp',
    severity: 'error',
    smaller: 'diastolicBp',
    larger: 'systolicBp',
    message: { en: 'Diastolic pressure must be below systolic pressure.', zh: '舒张压须低于收缩压。' },
  },
  {
    id: 'ae-fatal-consistency',
    kind: 'equivalent',
    key: 'aeGrade',
    severity: 'error',
    conditions: [is('aeGrade', '5'), is('aeOutcome', 'FATAL'), is('aeSdth', true)],
    message: {
      en: 'CTCAE grade 5, outcome “fatal” and the criterion “results in death” must agree: all three or none.',
      zh: 'CTCAE 5 级、转归“死亡”与严重性标准“导致死亡”须一致：三者同时成立或均不成立。',
    },
  },
  {
    id: 'ae-serious-needs-criterion',
    kind: 'implies',
    key: 'aeSerious',
    severity: 'error',
    when: [is('aeSerious', true)],
    then: CRITERIA.map((c) => is(c, true)),
    message: {
      en: 'A serious adverse event needs at least one seriousness criterion answered yes.',
      zh: '严重不良事件至少须有一项严重性标准为“是”。',
    },
  },
  {
    id: 'ae-criterion-needs-serious',
    kind: 'implies',
    key: 'aeSerious',
    severity: 'error',
    when: CRITERIA.map((c) => is(c, true)),
    then: [is('aeSerious', true)],
    message: {
      en: 'A seriousness criterion is yes: the adverse event must be marked serious.',
      zh: '已有严重性标准为“是”：该不良事件须标记为严重不良事件。',
    },
  },
  endIffNotOngoing('ae-end-iff-not-ongoing', 'aeEnd', 'aeOngoing', { en: 'adverse event', zh: '不良事件' }),
  endIffNotOngoing('cm-end-iff-not-ongoing', 'cmEnd', 'cmOngoing', { en: 'medication', zh: '用药' }),
];

/** Every item a rule reads, `key` first. */
export function ruleItems(rule: CrossFieldRule): ItemId[] {
  const items = ((): ItemId[] => {
    switch (rule.kind) {
      case 'not-before':
        return [rule.start, rule.stop];
      case 'less-than':
        return [rule.smaller, rule.larger];
      case 'equivalent':
        return rule.conditions.map((c) => c.item);
      case 'implies':
        return [...rule.when, ...rule.then].map((c) => c.item);
    }
  })();
  return [rule.key, ...items.filter((item) => item !== rule.key)];
}
