import type { z } from 'zod';
import { FORMULA } from './formulas';
import { sodiumSchema, scoreArgument } from './input-schemas';
import { applyUnosLabRules, meldLabShape, MELD_MAXIMUM, scaledMeldI, type MeldLabsUsed } from './meld-core';
import { scoreFailure, type ScoreOutcome } from './outcome';
import { parseInput } from './parse-input';
import { clamp, roundHalfUp } from './rounding';

const meldNaArgument = scoreArgument({ ...meldLabShape, sodium: sodiumSchema });

export type MeldNaInput = z.input<typeof meldNaArgument>;

export type MeldNaResult = ScoreOutcome<{
  /** Integer 6–40. */
  readonly score: number;
  readonly formula: typeof FORMULA.meldNa;
  /** After conversion, the OPTN lab rules and the sodium clamp to 125–137 mmol/L. */
  readonly inputs: MeldLabsUsed & { readonly sodium: { readonly value: number; readonly unit: 'mmol/L' } };
}>;

const SODIUM_MIN = 125;
const SODIUM_MAX = 137;
/** OPTN applies the sodium term only when the rounded, scaled MELD(i) is above 11 (vector meldna-02). */
const SODIUM_TERM_ABOVE = 11;

/**
 * OPTN 2016 MELD-Na: MELD + 1.32 × (137 − Na) − 0.033 × MELD × (137 − Na), where MELD is the rounded,
 * scaled MELD(i) (vectors meldna-01, -12, -14 depend on that), then rounded, maximum 40.
 * @param input a {@link MeldNaInput}; anything else yields problems, never a throw.
 */
export function meldNa(input: unknown): MeldNaResult {
  const parsed = parseInput(meldNaArgument, input);
  if (!parsed.ok) return scoreFailure(parsed.problems);
  const labs = applyUnosLabRules(parsed.value);
  const sodium = clamp(parsed.value.sodium.value, SODIUM_MIN, SODIUM_MAX);
  const meldScaled = scaledMeldI(labs);
  const deficit = SODIUM_MAX - sodium;
  // Exact in thousandths for whole-number sodium, so a x.5 result is a true tie and rounds up.
  const withSodium =
    meldScaled > SODIUM_TERM_ABOVE ? meldScaled + (deficit * (1320 - 33 * meldScaled)) / 1000 : meldScaled;
  return {
    ok: true,
    score: Math.min(roundHalfUp(withSodium), MELD_MAXIMUM),
    formula: FORMULA.meldNa,
    inputs: { ...labs, sodium: { value: sodium, unit: 'mmol/L' } },
  };
}
