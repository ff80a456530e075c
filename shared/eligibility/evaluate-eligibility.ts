/**
 * A subject's eligibility under a protocol. Each machine criterion evaluates its rule (met / not met /
 * unknown); each judgement criterion needs the investigator's explicit answer. A criterion "met" means
 * its statement holds for the subject, so a met exclusion excludes.
 *
 * Overall: not eligible as soon as one inclusion is not met or one exclusion is met (whatever else is
 * open); otherwise incomplete while any criterion is unknown or awaits confirmation; otherwise eligible.
 */
import type { Bilingual, Criterion, Protocol, ProtocolCatalogue } from '../protocol';
import { evaluateRule } from './evaluate-rule';
import type { Observation } from './observations';
import { explain, type Explanation } from './outcome';

export type CriterionOutcome = 'met' | 'not-met' | 'unknown' | 'needs-confirmation';
/** What the criterion means for eligibility: lets the subject in, keeps them out, or still open. */
export type CriterionVerdict = 'pass' | 'fail' | 'open';
export type OverallEligibility = 'eligible' | 'not-eligible' | 'incomplete';

export interface CriterionResult {
  readonly criterion: string;
  readonly kind: Criterion['kind'];
  readonly text: Bilingual;
  readonly basis: 'rule' | 'judgement';
  readonly outcome: CriterionOutcome;
  readonly verdict: CriterionVerdict;
  readonly reason: Explanation;
}

export interface EligibilityInput {
  /** The day eligibility is judged for ('YYYY-MM-DD'), e.g. the planned day 1. */
  readonly referenceDate: string;
  readonly observations: readonly Observation[];
  /** The investigator's answers to judgement criteria, by criterion id: does the statement hold? */
  readonly judgements: Readonly<Partial<Record<string, 'met' | 'not-met'>>>;
}

export interface EligibilityResult {
  readonly overall: OverallEligibility;
  readonly criteria: readonly CriterionResult[];
}

function verdictOf(kind: Criterion['kind'], outcome: CriterionOutcome): CriterionVerdict {
  if (outcome === 'unknown' || outcome === 'needs-confirmation') return 'open';
  const holds = outcome === 'met';
  return (kind === 'inclusion') === holds ? 'pass' : 'fail';
}

function judgement(answer: 'met' | 'not-met' | undefined): { outcome: CriterionOutcome; reason: Explanation } {
  if (answer === undefined) {
    return {
      outcome: 'needs-confirmation',
      reason: { outcome: 'unknown', text: { en: 'Investigator judgement: needs confirmation', zh: '研究者判断：待确认' }, children: [] },
    };
  }
  return { outcome: answer, reason: explain(answer, { en: 'Investigator judgement, confirmed', zh: '研究者判断，已确认' }) };
}

export function evaluateCriterion(criterion: Criterion, input: EligibilityInput, catalogue: ProtocolCatalogue): CriterionResult {
  const base = { criterion: criterion.id, kind: criterion.kind, text: criterion.text };
  if (criterion.rule === undefined) {
    const { outcome, reason } = judgement(input.judgements[criterion.id]);
    return { ...base, basis: 'judgement', outcome, verdict: verdictOf(criterion.kind, outcome), reason };
  }
  const reason = evaluateRule(criterion.rule, { observations: input.observations, catalogue, referenceDate: input.referenceDate });
  return { ...base, basis: 'rule', outcome: reason.outcome, verdict: verdictOf(criterion.kind, reason.outcome), reason };
}

export function evaluateEligibility(protocol: Protocol, input: EligibilityInput, catalogue: ProtocolCatalogue): EligibilityResult {
  const criteria = protocol.eligibility.map((criterion) => evaluateCriterion(criterion, input, catalogue));
  const overall: OverallEligibility = criteria.some((c) => c.verdict === 'fail')
    ? 'not-eligible'
    : criteria.some((c) => c.verdict === 'open')
      ? 'incomplete'
      : 'eligible';
  return { overall, criteria };
}
