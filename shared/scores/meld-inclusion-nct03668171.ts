import { FORMULA } from './formulas';
import { applyUnosLabRules, meldArgument, meldI, MELD_MAXIMUM, scaledMeldI, type MeldLabsUsed } from './meld-core';
import type { MeldInput } from './meld';
import { scoreFailure, type ScoreOutcome } from './outcome';
import { parseInput } from './parse-input';

export type MeldInclusionNct03668171Input = MeldInput;

/** Inclusion criterion "MELD score between 17-30", read as inclusive (domain.md §1.2, an assumption). */
export const NCT03668171_MELD_RANGE = { min: 17, max: 30 } as const;

export type MeldInclusionNct03668171Result = ScoreOutcome<{
  /** The integer MELD the 17–30 criterion is checked against: 10 × MELD(i) under OPTN/UNOS rules, 6–40. */
  readonly score: number;
  /** MELD(i) as the protocol prints it, without ×10 (e.g. 2.658): kept so a monitor can see the link. */
  readonly unscaled: number;
  readonly meetsInclusion: boolean;
  readonly formula: typeof FORMULA.meldInclusionNct03668171;
  readonly inputs: MeldLabsUsed;
}>;

/** Whether an inclusion MELD meets NCT03668171's 17–30 (inclusive). */
export function meetsNct03668171MeldInclusion(score: number): boolean {
  return score >= NCT03668171_MELD_RANGE.min && score <= NCT03668171_MELD_RANGE.max;
}

/**
 * NCT03668171 inclusion MELD. The protocol prints MELD(i) = 0.957 ln(Cr) + 0.378 ln(bili) + 1.120 ln(INR)
 * + 0.643 with no ×10, no units and no clamping; unscaled it is about 0.6–4, so "17–30" only makes sense
 * scaled (domain.md F9). It is computed as the OPTN/UNOS MELD: mg/dL, labs below 1.0 set to 1.0, creatinine
 * capped at 4.0 and set to 4.0 by dialysis, MELD(i) rounded to the tenth then ×10, maximum 40.
 * @param input a {@link MeldInclusionNct03668171Input}; anything else yields problems, never a throw.
 */
export function meldInclusionNct03668171(input: unknown): MeldInclusionNct03668171Result {
  const parsed = parseInput(meldArgument, input);
  if (!parsed.ok) return scoreFailure(parsed.problems);
  const inputs = applyUnosLabRules(parsed.value);
  const score = Math.min(scaledMeldI(inputs), MELD_MAXIMUM);
  return {
    ok: true,
    score,
    unscaled: meldI(inputs),
    meetsInclusion: meetsNct03668171MeldInclusion(score),
    formula: FORMULA.meldInclusionNct03668171,
    inputs,
  };
}
