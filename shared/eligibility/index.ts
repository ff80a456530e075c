/**
 * shared/eligibility: evaluates a protocol's eligibility criteria for one subject. Machine rules give
 * met / not met / unknown (an input is missing) with a bilingual reason naming the value and the
 * threshold; judgement criteria need the investigator's explicit answer; the overall result is
 * eligible, not eligible or incomplete. Derived scores are computed through shared/scores.
 *
 * Non-goals: storing answers or observations (the caller collects them from the screening forms).
 */
export { evaluateEligibility, evaluateCriterion, type CriterionOutcome, type CriterionResult, type CriterionVerdict, type EligibilityInput, type EligibilityResult, type OverallEligibility } from './evaluate-eligibility';
export { evaluateRule } from './evaluate-rule';
export type { RuleContext } from './rule-context';
export { allOf, anyOf, explain, negate, OUTCOME_WORDS, type Explanation, type RuleOutcome } from './outcome';
export { compareReported, formatNumber, OPERATOR_SYMBOLS, type ReportedNumber } from './compare';
export { latestOf, lastTwoDated, valuesOf, type Observation } from './observations';
export { computeScore, type ScoreValue } from './score-inputs';
