/**
 * Eligibility rules against the catalogue and the protocol: every item exists and has the kind the
 * rule needs, units are units of the item, scores are listed in $.scores, ranges are not inverted.
 */
import type { IssuePath } from '../lib/result';
import { isNumericKind, unitsOf, type CatalogueItemView, type ProtocolCatalogue } from './catalogue-view';
import type { IssueCollector } from './issue-collector';
import type { Rule } from './rule';
import type { Protocol } from './schema';

interface RuleContext {
  readonly catalogue: ProtocolCatalogue;
  readonly scores: ReadonlySet<string>;
  readonly issues: IssueCollector;
}

function itemOf(id: string, path: IssuePath, ctx: RuleContext): CatalogueItemView | undefined {
  const def = ctx.catalogue.getItem(id);
  if (def === undefined) ctx.issues.error(path, `unknown item "${id}"`);
  return def;
}

function numericItem(id: string, unit: string | undefined, path: IssuePath, ctx: RuleContext): CatalogueItemView | undefined {
  const def = itemOf(id, [...path, 'item'], ctx);
  if (def === undefined) return undefined;
  if (!isNumericKind(def.kind)) ctx.issues.error([...path, 'item'], `item "${id}" is a ${def.kind} item; this rule needs a number`);
  else if (unit !== undefined && !unitsOf(def).includes(unit)) {
    ctx.issues.error([...path, 'unit'], `item "${id}" has no unit "${unit}" (known: ${unitsOf(def).map((u) => `"${u}"`).join(', ') || 'none'})`);
  }
  return def;
}

function checkOneOf(rule: Extract<Rule, { kind: 'one-of' }>, path: IssuePath, ctx: RuleContext): void {
  const def = itemOf(rule.item, [...path, 'item'], ctx);
  if (def === undefined) return;
  const codes = (def.choices ?? []).map((c) => c.code);
  rule.values.forEach((value, i) => {
    const ok =
      def.kind === 'choice' ? typeof value === 'string' && codes.includes(value)
      : def.kind === 'boolean' ? typeof value === 'boolean'
      : def.kind === 'integer' ? typeof value === 'number' && Number.isInteger(value)
      : false;
    if (!ok) {
      const expected = def.kind === 'choice' ? `one of ${codes.map((c) => `"${c}"`).join(', ')}` : def.kind === 'boolean' ? 'true or false' : def.kind === 'integer' ? 'an integer' : 'a coded item';
      ctx.issues.error([...path, 'values', i], `value ${JSON.stringify(value)} does not fit item "${rule.item}" (${def.kind}): expected ${expected}`);
    }
  });
}

function checkRule(rule: Rule, path: IssuePath, ctx: RuleContext): void {
  const inverted = (min: number, max: number): void => {
    if (min > max) ctx.issues.error([...path, 'min'], `min ${min} is above max ${max}`);
  };
  switch (rule.kind) {
    case 'all':
    case 'any':
      rule.of.forEach((child, i) => checkRule(child, [...path, 'of', i], ctx));
      return;
    case 'not':
      checkRule(rule.of, [...path, 'of'], ctx);
      return;
    case 'compare':
    case 'daily-rise':
      numericItem(rule.item, rule.unit, path, ctx);
      return;
    case 'between':
      numericItem(rule.item, rule.unit, path, ctx);
      inverted(rule.min, rule.max);
      return;
    case 'ratio': {
      const item = numericItem(rule.item, undefined, path, ctx);
      const reference = itemOf(rule.reference, [...path, 'reference'], ctx);
      if (item !== undefined && reference !== undefined && (!isNumericKind(reference.kind) || reference.unit !== item.unit)) {
        ctx.issues.error([...path, 'reference'], `item "${rule.reference}" must be a number in the same unit as "${rule.item}"`);
      }
      return;
    }
    case 'one-of':
      checkOneOf(rule, path, ctx);
      return;
    case 'present':
      itemOf(rule.item, [...path, 'item'], ctx);
      return;
    case 'date-within': {
      const def = itemOf(rule.item, [...path, 'item'], ctx);
      if (def !== undefined && def.kind !== 'date' && def.kind !== 'datetime') ctx.issues.error([...path, 'item'], `item "${rule.item}" is a ${def.kind} item; this rule needs a date`);
      return;
    }
    case 'score-compare':
    case 'score-between':
      if (!ctx.scores.has(rule.score)) ctx.issues.error([...path, 'score'], `score "${rule.score}" is not listed in $.scores`);
      if (rule.kind === 'score-between') inverted(rule.min, rule.max);
      return;
  }
}

export function checkRules(p: Protocol, catalogue: ProtocolCatalogue, issues: IssueCollector): void {
  const ctx: RuleContext = { catalogue, scores: new Set(p.scores), issues };
  p.eligibility.forEach((criterion, c) => {
    if (criterion.rule !== undefined) checkRule(criterion.rule, ['eligibility', c, 'rule'], ctx);
  });
}
