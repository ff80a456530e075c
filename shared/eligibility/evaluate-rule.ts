/**
 * Evaluates a protocol rule over observations: met / not met / unknown (an input is missing), with a
 * bilingual explanation tree naming each value and threshold.
 */
import { DERIVED_SCORE_LABELS, type Rule } from '../protocol';
import { formatLocalDate, parseLocalDate } from '../schedule';
import { compareReported, formatNumber, OPERATOR_SYMBOLS } from './compare';
import { aside, both, colon, comma, labelOf, RULE_WORD, shown, type Lang } from './describe';
import { evaluateCompare, evaluateDailyRise, evaluateRatio, noValue, unusable } from './evaluate-numeric';
import { latestOf } from './observations';
import { allOf, anyOf, explain, negate, type Explanation, type RuleOutcome } from './outcome';
import type { RuleContext } from './rule-context';
import { computeScore } from './score-inputs';

type Leaf<K extends Rule['kind']> = Extract<Rule, { kind: K }>;

function evaluateOneOf(rule: Leaf<'one-of'>, ctx: RuleContext): Explanation {
  const def = ctx.catalogue.getItem(rule.item);
  const label = labelOf(def, rule.item);
  const listed = rule.values.map((v) => String(v)).join(', ');
  const ruleText = (l: Lang) => (rule.values.length === 1 ? `= ${listed}` : l === 'en' ? `one of ${listed}` : `属于 ${listed} 之一`);
  const o = latestOf(ctx.observations, rule.item);
  if (o === undefined) return noValue(label, ruleText);
  const outcome: RuleOutcome = rule.values.includes(o.value) ? 'met' : 'not-met';
  return explain(outcome, both((l) => `${label[l]} = ${shown(o, def, l)}${comma(l)}${RULE_WORD[l]}${ruleText(l)}`));
}

/** present: not met (rather than unknown) when absent, because absence is what it asks about. */
function evaluatePresent(rule: Leaf<'present'>, ctx: RuleContext): Explanation {
  const def = ctx.catalogue.getItem(rule.item);
  const label = labelOf(def, rule.item);
  const o = latestOf(ctx.observations, rule.item);
  if (o === undefined) return explain('not-met', both((l) => `${label[l]}${colon(l)}${l === 'en' ? 'not recorded' : '未记录'}`));
  return explain('met', both((l) => `${label[l]} = ${shown(o, def, l)}${comma(l)}${l === 'en' ? 'recorded' : '已记录'}`));
}

function evaluateDateWithin(rule: Leaf<'date-within'>, ctx: RuleContext): Explanation {
  const def = ctx.catalogue.getItem(rule.item);
  const label = labelOf(def, rule.item);
  const reference = parseLocalDate(ctx.referenceDate);
  if (reference === undefined) {
    return explain('unknown', both((l) => `${label[l]}${colon(l)}${l === 'en' ? 'the reference date is not a date' : '参考日期无效'}${aside(l, ctx.referenceDate)}`));
  }
  const last = formatLocalDate(reference + rule.toDays);
  const first = rule.fromDays === undefined ? undefined : formatLocalDate(reference + rule.fromDays);
  const ruleText = (l: Lang) =>
    first === undefined ? (l === 'en' ? `on or before ${last}` : `不晚于 ${last}`) : l === 'en' ? `from ${first} to ${last}` : `在 ${first} 至 ${last} 之间`;
  const o = latestOf(ctx.observations, rule.item);
  if (o === undefined) return noValue(label, ruleText);
  const date = typeof o.value === 'string' ? parseLocalDate(o.value.slice(0, 10)) : undefined;
  if (date === undefined) return unusable(o, def, label, ruleText);
  const offset = date - reference;
  const outcome: RuleOutcome = (rule.fromDays === undefined || offset >= rule.fromDays) && offset <= rule.toDays ? 'met' : 'not-met';
  return explain(outcome, both((l) => `${label[l]} ${shown(o, def, l)}${comma(l)}${RULE_WORD[l]}${ruleText(l)}`));
}

function evaluateScore(rule: Leaf<'score-compare'> | Leaf<'score-between'>, ctx: RuleContext): Explanation {
  const label = DERIVED_SCORE_LABELS[rule.score];
  const ruleText = rule.kind === 'score-compare' ? `${OPERATOR_SYMBOLS[rule.op]} ${formatNumber(rule.value)}` : `${formatNumber(rule.min)} – ${formatNumber(rule.max)}`;
  const score = computeScore(rule.score, ctx.observations, ctx.catalogue);
  if (!score.ok) {
    const missing = score.missing.map((id) => labelOf(ctx.catalogue.getItem(id), id));
    const why: Record<Lang, string> =
      missing.length > 0
        ? { en: `missing ${missing.map((m) => m.en).join(', ')}`, zh: `缺少${missing.map((m) => m.zh).join('、')}` }
        : { en: score.problems.join('; '), zh: score.problems.join('；') };
    return explain('unknown', both((l) => `${label[l]}${colon(l)}${l === 'en' ? 'cannot be computed' : '无法计算'}${aside(l, why[l])}${comma(l)}${RULE_WORD[l]}${ruleText}`));
  }
  const value = { value: score.value };
  const outcome = rule.kind === 'score-compare' ? compareReported(value, rule.op, rule.value) : allOf([compareReported(value, '>=', rule.min), compareReported(value, '<=', rule.max)]);
  return explain(outcome, both((l) => `${label[l]} = ${formatNumber(score.value)}${comma(l)}${RULE_WORD[l]}${ruleText}`));
}

function combine(kind: 'all' | 'any', children: Explanation[]): Explanation {
  const outcome = kind === 'all' ? allOf(children.map((c) => c.outcome)) : anyOf(children.map((c) => c.outcome));
  const n = children.length;
  const text = kind === 'all' ? { en: `all of ${n} conditions`, zh: `以下 ${n} 项全部满足` } : { en: `any of ${n} conditions`, zh: `以下 ${n} 项满足其一` };
  return explain(outcome, text, children);
}

export function evaluateRule(rule: Rule, ctx: RuleContext): Explanation {
  switch (rule.kind) {
    case 'all':
    case 'any':
      return combine(rule.kind, rule.of.map((child) => evaluateRule(child, ctx)));
    case 'not': {
      const inner = evaluateRule(rule.of, ctx);
      return explain(negate(inner.outcome), { en: 'not', zh: '否定' }, [inner]);
    }
    case 'compare':
    case 'between':
      return evaluateCompare(rule, ctx);
    case 'ratio':
      return evaluateRatio(rule, ctx);
    case 'daily-rise':
      return evaluateDailyRise(rule, ctx);
    case 'one-of':
      return evaluateOneOf(rule, ctx);
    case 'present':
      return evaluatePresent(rule, ctx);
    case 'date-within':
      return evaluateDateWithin(rule, ctx);
    case 'score-compare':
    case 'score-between':
      return evaluateScore(rule, ctx);
  }
}
