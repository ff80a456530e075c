/**
 * Pure evaluation of the data rules of cross-field-rules.ts over one record. Unanswered fields make a
 * condition unknown, and unknown never fires a rule: required-ness is checked elsewhere.
 */
import type { ItemId } from '../../catalogue';
import type { Problem } from '../entry-contract';
import { dateBounds, dateTimeMinutes } from '../parse/parse-date';
import { CROSS_FIELD_RULES, ruleItems, type Condition, type CrossFieldRule } from './cross-field-rules';
import { numberOf, stringOf, type RecordState } from './record-state';

type Tri = boolean | undefined;

function test(state: RecordState, c: Condition): Tri {
  const value = state.values[c.item];
  const missing = state.missing[c.item];
  if (c.kind === 'empty') return value === undefined && (missing === undefined || missing === 'NA');
  if (value !== undefined) return value === c.value;
  // A field that does not apply (or is marked NA) cannot hold the value.
  if (missing === 'NA' || !state.applies(c.item)) return false;
  return undefined;
}

const MINUTES_PER_DAY = 1440;

/** Earliest and latest minute a date (possibly partial) or a date-time can mean. */
function minuteBounds(state: RecordState, key: ItemId): { first: number; last: number } | undefined {
  const value = stringOf(state, key);
  if (value === undefined) return undefined;
  if (state.field(key)?.kind === 'datetime') {
    const minute = dateTimeMinutes(value);
    return minute === undefined ? undefined : { first: minute, last: minute };
  }
  const days = dateBounds(value);
  return days === undefined ? undefined : { first: days.first * MINUTES_PER_DAY, last: days.last * MINUTES_PER_DAY + MINUTES_PER_DAY - 1 };
}

/** True when the stop is certainly before the start (partial dates fire only when the order is certain). */
export function stopIsBeforeStart(state: RecordState, start: ItemId, stop: ItemId): boolean {
  const a = minuteBounds(state, start);
  const b = minuteBounds(state, stop);
  return a !== undefined && b !== undefined && b.last < a.first;
}

function fires(state: RecordState, rule: CrossFieldRule): boolean {
  const on = (c: Condition): boolean => state.keys.has(c.item);
  switch (rule.kind) {
    case 'not-before':
      return stopIsBeforeStart(state, rule.start, rule.stop);
    case 'less-than': {
      const smaller = numberOf(state, rule.smaller);
      const larger = numberOf(state, rule.larger);
      return smaller !== undefined && larger !== undefined && smaller >= larger;
    }
    case 'equivalent': {
      const results = rule.conditions.filter(on).map((c) => test(state, c));
      return results.includes(true) && results.includes(false);
    }
    case 'implies': {
      const then = rule.then.filter(on);
      return then.length > 0 && rule.when.filter(on).some((c) => test(state, c) === true) && !then.some((c) => test(state, c) === true);
    }
  }
}

export function evaluateCrossFieldRules(state: RecordState, rules: readonly CrossFieldRule[] = CROSS_FIELD_RULES): Problem[] {
  return rules.flatMap((rule): Problem[] => {
    const keys = ruleItems(rule).filter((item) => state.keys.has(item));
    const [key] = keys;
    if (key === undefined || keys.length < 2 || !fires(state, rule)) return [];
    return [{ key, keys, severity: rule.severity, code: `rule.${rule.id}`, message: rule.message }];
  });
}
