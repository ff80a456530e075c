/**
 * Numeric leaves of a rule: compare, between, ratio to another item, and daily rise. Values are
 * converted to the item's stored unit before comparing; "<"/">" results are respected (compare.ts).
 */
import { toStoredUnit, type CatalogueItemView, type Rule } from '../protocol';
import { parseLocalDate } from '../schedule';
import { compareReported, formatNumber, OPERATOR_SYMBOLS, type ReportedNumber } from './compare';
import { aside, both, colon, comma, labelOf, quantityText, RULE_WORD, shown, type Lang } from './describe';
import { lastTwoDated, latestOf, type Observation } from './observations';
import { allOf, explain, type Explanation } from './outcome';
import type { RuleContext } from './rule-context';

type Leaf<K extends Rule['kind']> = Extract<Rule, { kind: K }>;

/** The value in the stored unit, or undefined when it is not a number in a unit the item has. */
function storedOf(o: Observation, def: CatalogueItemView | undefined): ReportedNumber | undefined {
  if (def === undefined || typeof o.value !== 'number') return undefined;
  const value = toStoredUnit(def, o.value, o.unit);
  return value === undefined ? undefined : { value, qualifier: o.qualifier };
}

export function noValue(label: { en: string; zh: string }, rule: (lang: Lang) => string): Explanation {
  return explain('unknown', both((l) => `${label[l]}${colon(l)}${l === 'en' ? 'no value' : '无数据'}${aside(l, `${RULE_WORD[l]}${rule(l)}`)}`));
}

export function unusable(o: Observation, def: CatalogueItemView | undefined, label: { en: string; zh: string }, rule: (lang: Lang) => string): Explanation {
  const why = { en: 'not usable by this rule', zh: '该数值无法用于本规则' };
  return explain('unknown', both((l) => `${label[l]} ${shown(o, def, l)}${colon(l)}${why[l]}${aside(l, `${RULE_WORD[l]}${rule(l)}`)}`));
}

/** compare and between: the latest value against one or two thresholds given in the rule's unit. */
export function evaluateCompare(rule: Leaf<'compare'> | Leaf<'between'>, ctx: RuleContext): Explanation {
  const def = ctx.catalogue.getItem(rule.item);
  const label = labelOf(def, rule.item);
  const limit = (x: number) => {
    const stored = def === undefined ? undefined : toStoredUnit(def, x, rule.unit);
    const converted = rule.unit !== undefined && rule.unit !== def?.unit;
    const text = (l: Lang) => `${quantityText(stored ?? x, def, undefined, l)}${converted ? aside(l, `${formatNumber(x)} ${rule.unit}`) : ''}`;
    return { value: stored ?? Number.NaN, text };
  };
  const conditions = rule.kind === 'compare' ? [{ op: rule.op, ...limit(rule.value) }] : [{ op: '>=' as const, ...limit(rule.min) }, { op: '<=' as const, ...limit(rule.max) }];
  const ruleText = (l: Lang) => conditions.map((c) => `${rule.kind === 'compare' ? `${OPERATOR_SYMBOLS[c.op]} ` : ''}${c.text(l)}`).join(' – ');
  const o = latestOf(ctx.observations, rule.item);
  if (o === undefined) return noValue(label, ruleText);
  const value = storedOf(o, def);
  if (value === undefined) return unusable(o, def, label, ruleText);
  const outcome = allOf(conditions.map((c) => compareReported(value, c.op, c.value)));
  return explain(outcome, both((l) => `${label[l]} ${shown(o, def, l)}${comma(l)}${RULE_WORD[l]}${ruleText(l)}`));
}

/** ratio: item op factor × reference item (e.g. creatinine ≥ 1.2 × ULN). */
export function evaluateRatio(rule: Leaf<'ratio'>, ctx: RuleContext): Explanation {
  const def = ctx.catalogue.getItem(rule.item);
  const refDef = ctx.catalogue.getItem(rule.reference);
  const [label, refLabel] = [labelOf(def, rule.item), labelOf(refDef, rule.reference)];
  const ruleText = (l: Lang) => `${OPERATOR_SYMBOLS[rule.op]} ${formatNumber(rule.factor)} × ${refLabel[l]}`;
  const o = latestOf(ctx.observations, rule.item);
  const ref = latestOf(ctx.observations, rule.reference);
  if (o === undefined) return noValue(label, ruleText);
  const value = storedOf(o, def);
  if (value === undefined) return unusable(o, def, label, ruleText);
  if (ref === undefined) return noValue(refLabel, ruleText);
  const refValue = storedOf(ref, refDef);
  if (refValue === undefined || refValue.qualifier !== undefined) return unusable(ref, refDef, refLabel, ruleText);
  const limit = rule.factor * refValue.value;
  const outcome = compareReported(value, rule.op, limit);
  return explain(outcome, both((l) => `${label[l]} ${shown(o, def, l)}${comma(l)}${RULE_WORD[l]}${ruleText(l)}${aside(l, shown(ref, refDef, l))} = ${quantityText(limit, def, undefined, l)}`));
}

/** daily-rise: (latest − previous) / days between the two latest dated values. */
export function evaluateDailyRise(rule: Leaf<'daily-rise'>, ctx: RuleContext): Explanation {
  const def = ctx.catalogue.getItem(rule.item);
  const label = labelOf(def, rule.item);
  const threshold = def === undefined ? undefined : toStoredUnit(def, rule.value, rule.unit);
  const perDay = { en: '/day', zh: '/天' };
  const ruleText = (l: Lang) => `${OPERATOR_SYMBOLS[rule.op]} ${quantityText(threshold ?? rule.value, def, undefined, l)}${perDay[l]}`;
  const pair = lastTwoDated(ctx.observations, rule.item);
  const [first, second] = pair === undefined ? [undefined, undefined] : [storedOf(pair[0], def), storedOf(pair[1], def)];
  const days = pair === undefined ? 0 : (parseLocalDate(pair[1].date ?? '') ?? 0) - (parseLocalDate(pair[0].date ?? '') ?? 0);
  if (pair === undefined || first === undefined || second === undefined || first.qualifier !== undefined || second.qualifier !== undefined || threshold === undefined || days <= 0) {
    const why = { en: 'needs two plain values dated on different days', zh: '需要两个不同日期的确切数值' };
    return explain('unknown', both((l) => `${label[l]}${colon(l)}${why[l]}${aside(l, `${RULE_WORD[l]}${ruleText(l)}`)}`));
  }
  const rise = (second.value - first.value) / days;
  const outcome = compareReported({ value: rise }, rule.op, threshold);
  const [a, b] = pair;
  return explain(outcome, both((l) => `${label[l]} ${shown(a, def, l)}${aside(l, a.date ?? '')} → ${shown(b, def, l)}${aside(l, b.date ?? '')} = ${quantityText(rise, def, undefined, l)}${perDay[l]}${comma(l)}${RULE_WORD[l]}${ruleText(l)}`));
}
