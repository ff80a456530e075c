/** Review counts: a zero row and in-place sums for the roll-ups. */
import type { CountKey, ReviewCounts } from './review-types';

export const COUNT_KEYS: readonly CountKey[] = [
  'missing',
  'accounted',
  'pending',
  'softUnconfirmed',
  'hardViolations',
  'notStarted',
  'notYetDue',
  'openQueries',
  'answeredQueries',
];

export const zeroCounts = (): ReviewCounts => ({
  missing: 0,
  accounted: 0,
  pending: 0,
  softUnconfirmed: 0,
  hardViolations: 0,
  notStarted: 0,
  notYetDue: 0,
  openQueries: 0,
  answeredQueries: 0,
});

/** NOTE: mutates `into`. Spelled out rather than looped over COUNT_KEYS: it runs once per form. */
export function addCounts(into: ReviewCounts, from: ReviewCounts): void {
  into.missing += from.missing;
  into.accounted += from.accounted;
  into.pending += from.pending;
  into.softUnconfirmed += from.softUnconfirmed;
  into.hardViolations += from.hardViolations;
  into.notStarted += from.notStarted;
  into.notYetDue += from.notYetDue;
  into.openQueries += from.openQueries;
  into.answeredQueries += from.answeredQueries;
}

/** Sum of several rows (a new object). */
export function sumCounts(rows: readonly ReviewCounts[]): ReviewCounts {
  const total = zeroCounts();
  for (const row of rows) addCounts(total, row);
  return total;
}
