/**
 * Three-valued outcomes of rules (Kleene logic: unknown when an input is missing and the answer depends
 * on it) and the bilingual explanation tree shown to the investigator.
 */
import type { Bilingual } from '../protocol';

export type RuleOutcome = 'met' | 'not-met' | 'unknown';

export interface Explanation {
  readonly outcome: RuleOutcome;
  readonly text: Bilingual;
  readonly children: readonly Explanation[];
}

export const OUTCOME_WORDS: Readonly<Record<RuleOutcome, Bilingual>> = {
  met: { en: 'met', zh: '符合' },
  'not-met': { en: 'not met', zh: '不符合' },
  unknown: { en: 'unknown', zh: '无法判断' },
};

/** all: not met if any is not met; met if all are met; otherwise unknown. */
export function allOf(outcomes: readonly RuleOutcome[]): RuleOutcome {
  if (outcomes.includes('not-met')) return 'not-met';
  return outcomes.every((o) => o === 'met') ? 'met' : 'unknown';
}

/** any: met if any is met; not met if all are not met; otherwise unknown. */
export function anyOf(outcomes: readonly RuleOutcome[]): RuleOutcome {
  if (outcomes.includes('met')) return 'met';
  return outcomes.every((o) => o === 'not-met') ? 'not-met' : 'unknown';
}

export function negate(outcome: RuleOutcome): RuleOutcome {
  if (outcome === 'unknown') return outcome;
  return outcome === 'met' ? 'not-met' : 'met';
}

/** An explanation ending in its outcome: "<en>: met" / "<zh>：符合". */
export function explain(outcome: RuleOutcome, text: Bilingual, children: readonly Explanation[] = []): Explanation {
  return { outcome, text: { en: `${text.en}: ${OUTCOME_WORDS[outcome].en}`, zh: `${text.zh}：${OUTCOME_WORDS[outcome].zh}` }, children };
}
