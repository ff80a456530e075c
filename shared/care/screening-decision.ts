/**
 * The screening checklist and its decision. Machine criteria are evaluated by shared/eligibility from the
 * screening values; judgement criteria need the investigator's explicit answer. A machine criterion that
 * stays unknown because its input cannot exist for this subject (a pregnancy test for a man) may be
 * answered by the investigator too, with a note saying why: that answer is recorded, never silently
 * assumed.
 *
 * The decision is what `subject.screened` records: eligible, not eligible, or pending while anything is
 * open, and one answer per criterion (yes = the criterion's statement holds).
 */
import { evaluateEligibility, type CriterionResult, type Observation, type OverallEligibility } from '../eligibility';
import type { Protocol, ProtocolCatalogue } from '../protocol';

/** An investigator's answer to a criterion: does its statement hold for the subject? */
export interface CriterionAnswer {
  readonly holds: boolean;
  /** Required when it answers a machine criterion that is unknown. */
  readonly note?: string | undefined;
}

export interface ScreeningInput {
  /** The day eligibility is judged for ('YYYY-MM-DD'): the planned day 1, or the screening date. */
  readonly referenceDate: string;
  readonly observations: readonly Observation[];
  /** Answers by criterion id, for judgement criteria and for unknown machine criteria. */
  readonly answers: Readonly<Partial<Record<string, CriterionAnswer>>>;
}

export type CriterionBasis = 'rule' | 'judgement' | 'rule-answered';

export interface ChecklistRow {
  readonly result: CriterionResult;
  /** How the outcome was reached: the rule, a judgement, or an investigator's answer to an unknown rule. */
  readonly basis: CriterionBasis;
  readonly outcome: 'met' | 'not-met' | 'unknown' | 'needs-confirmation';
  readonly verdict: 'pass' | 'fail' | 'open';
  /** An answer given to an unknown rule without the note it needs. */
  readonly noteMissing: boolean;
}

export interface ScreeningDecision {
  readonly overall: OverallEligibility;
  readonly rows: readonly ChecklistRow[];
  /** What subject.screened records. */
  readonly result: 'pending' | 'eligible' | 'not-eligible';
  readonly answers: readonly { readonly criterionId: string; readonly answer: 'yes' | 'no' | 'unknown'; readonly note?: string }[];
}

const verdictOf = (kind: 'inclusion' | 'exclusion', holds: boolean): 'pass' | 'fail' => ((kind === 'inclusion') === holds ? 'pass' : 'fail');

function rowOf(result: CriterionResult, answer: CriterionAnswer | undefined): ChecklistRow {
  if (result.basis === 'rule' && result.outcome === 'unknown' && answer !== undefined) {
    const note = answer.note?.trim() ?? '';
    if (note === '') return { result, basis: 'rule-answered', outcome: 'unknown', verdict: 'open', noteMissing: true };
    return { result, basis: 'rule-answered', outcome: answer.holds ? 'met' : 'not-met', verdict: verdictOf(result.kind, answer.holds), noteMissing: false };
  }
  return { result, basis: result.basis, outcome: result.outcome, verdict: result.verdict, noteMissing: false };
}

function overallOf(rows: readonly ChecklistRow[]): OverallEligibility {
  if (rows.some((r) => r.verdict === 'fail')) return 'not-eligible';
  return rows.some((r) => r.verdict === 'open') ? 'incomplete' : 'eligible';
}

export function decideScreening(protocol: Protocol, input: ScreeningInput, catalogue: ProtocolCatalogue): ScreeningDecision {
  const judgements: Record<string, 'met' | 'not-met'> = {};
  for (const criterion of protocol.eligibility) {
    const answer = input.answers[criterion.id];
    if (criterion.rule === undefined && answer !== undefined) judgements[criterion.id] = answer.holds ? 'met' : 'not-met';
  }
  const evaluated = evaluateEligibility(protocol, { referenceDate: input.referenceDate, observations: input.observations, judgements }, catalogue);
  const rows = evaluated.criteria.map((result) => rowOf(result, input.answers[result.criterion]));
  const overall = overallOf(rows);
  const answers = rows.map((row) => {
    const note = row.basis === 'rule-answered' && !row.noteMissing ? input.answers[row.result.criterion]?.note?.trim() : undefined;
    const answer = row.outcome === 'met' ? 'yes' : row.outcome === 'not-met' ? 'no' : 'unknown';
    return { criterionId: row.result.criterion, answer, ...(note === undefined ? {} : { note }) } as const;
  });
  return { overall, rows, result: overall === 'incomplete' ? 'pending' : overall, answers };
}

/**
 * The investigator answers stored in a screening record, back as the input's `answers`: judgement
 * criteria always, machine criteria only where a note says the investigator answered them.
 */
export function answersFromRecord(
  protocol: Protocol,
  recorded: readonly { readonly criterionId: string; readonly answer: 'yes' | 'no' | 'unknown'; readonly note?: string | undefined }[],
): Record<string, CriterionAnswer> {
  const out: Record<string, CriterionAnswer> = {};
  for (const entry of recorded) {
    const criterion = protocol.eligibility.find((c) => c.id === entry.criterionId);
    if (criterion === undefined || entry.answer === 'unknown') continue;
    if (criterion.rule !== undefined && entry.note === undefined) continue;
    out[entry.criterionId] = { holds: entry.answer === 'yes', ...(entry.note === undefined ? {} : { note: entry.note }) };
  }
  return out;
}
