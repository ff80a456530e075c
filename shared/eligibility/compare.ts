/**
 * Numeric comparison that respects "<" and ">" results: a value reported as "<20" only says the true
 * value is below 20, so "≥ 50" is certainly not met but "≥ 10" cannot be decided.
 */
import type { ComparisonOperator } from '../protocol';
import type { RuleOutcome } from './outcome';

export interface ReportedNumber {
  readonly value: number;
  readonly qualifier?: '<' | '>' | undefined;
}

const holds = (a: number, op: ComparisonOperator, b: number): boolean => {
  switch (op) {
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    case '=':
      return a === b;
    case '!=':
      return a !== b;
  }
};

const TRUE_BELOW: ReadonlySet<ComparisonOperator> = new Set(['<', '<=', '!=']);
const TRUE_ABOVE: ReadonlySet<ComparisonOperator> = new Set(['>', '>=', '!=']);

/** Whether "true value op threshold" holds for every, no, or only some values the report allows. */
export function compareReported(reported: ReportedNumber, op: ComparisonOperator, threshold: number): RuleOutcome {
  const { value, qualifier } = reported;
  if (qualifier === undefined) return holds(value, op, threshold) ? 'met' : 'not-met';
  // Below v: every possible value is below the threshold once v ≤ threshold.
  if (qualifier === '<') return value <= threshold ? (TRUE_BELOW.has(op) ? 'met' : 'not-met') : 'unknown';
  return value >= threshold ? (TRUE_ABOVE.has(op) ? 'met' : 'not-met') : 'unknown';
}

export const OPERATOR_SYMBOLS: Readonly<Record<ComparisonOperator, string>> = {
  '<': '<',
  '<=': '≤',
  '>': '>',
  '>=': '≥',
  '=': '=',
  '!=': '≠',
};

/** Numbers as people read them: at most 12 significant digits, no "e+" for ordinary values. */
export function formatNumber(value: number): string {
  const snapped = Number(value.toPrecision(12));
  return Math.abs(snapped) >= 1e6 || (snapped !== 0 && Math.abs(snapped) < 1e-4) ? snapped.toExponential() : String(snapped);
}
