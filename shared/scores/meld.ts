import type { z } from 'zod';
import { FORMULA } from './formulas';
import { applyUnosLabRules, meldArgument, MELD_MAXIMUM, scaledMeldI, type MeldLabsUsed } from './meld-core';
import { scoreFailure, type ScoreOutcome } from './outcome';
import { parseInput } from './parse-input';

export type MeldInput = z.input<typeof meldArgument>;

export type MeldResult = ScoreOutcome<{
  /** Integer 6–40. */
  readonly score: number;
  readonly formula: typeof FORMULA.meld;
  /** After conversion to mg/dL and the OPTN floor, cap and dialysis rules. */
  readonly inputs: MeldLabsUsed;
}>;

/**
 * OPTN/UNOS MELD: labs below 1.0 set to 1.0, creatinine capped at 4.0 (dialysis twice in the past week sets
 * it to 4.0), MELD(i) rounded to the tenth then ×10, maximum 40.
 * @param input a {@link MeldInput}; anything else yields problems, never a throw.
 */
export function meld(input: unknown): MeldResult {
  const parsed = parseInput(meldArgument, input);
  if (!parsed.ok) return scoreFailure(parsed.problems);
  const inputs = applyUnosLabRules(parsed.value);
  return { ok: true, score: Math.min(scaledMeldI(inputs), MELD_MAXIMUM), formula: FORMULA.meld, inputs };
}
