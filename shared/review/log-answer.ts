/**
 * A log's answer as the review counts it (shared/forms log-none.ts): an empty log at a visit that is
 * due is one missing value unless "none" was answered; "none" with rows added afterwards is a
 * contradiction, counted with the impossible values (the two answers cannot both be true). The finding
 * points at the log's "none" control (item LOG_NONE_ITEM, no row), where the site resolves either.
 */
import { SINGLE_RECORD, type EntryRow } from '../events';
import { isNoneAnswer, LOG_NONE_ITEM, LOG_NONE_LABEL, logAnswer, type LogAnswer } from '../forms';
import { finding, type RecordCursor } from './check-record';
import { FINDING_MESSAGES } from './finding-messages';
import type { FieldPlan, FormPlan } from './review-cache';
import type { Finding, ReviewCounts } from './review-types';

/** The answer as a field of the log: before the rows when findings are sorted. */
const NONE_FIELD: FieldPlan = { key: LOG_NONE_ITEM, index: 0, label: LOG_NONE_LABEL, required: true };

/**
 * NOTE: adds to `counts` and `out`, and leaves the cursor on the log's own entry. `expected`: the visit
 * is due and scheduled, so an empty log must have been answered.
 */
export function checkLogAnswer(
  plan: FormPlan,
  liveRows: number,
  formLevel: EntryRow | undefined,
  expected: boolean,
  at: RecordCursor,
  counts: ReviewCounts,
  out: Finding[],
): LogAnswer {
  const answer = logAnswer(liveRows, isNoneAnswer(formLevel?.items[LOG_NONE_ITEM]?.current));
  if (answer === 'unanswered' && expected) {
    at.recordId = SINGLE_RECORD;
    counts.missing += 1;
    out.push(finding(at, 'missing', FINDING_MESSAGES.logUnanswered(plan.title), NONE_FIELD));
  } else if (answer === 'contradicted') {
    at.recordId = SINGLE_RECORD;
    counts.hardViolations += 1;
    out.push(finding(at, 'hard-violation', FINDING_MESSAGES.noneContradicted(plan.title, liveRows), NONE_FIELD));
  }
  return answer;
}
