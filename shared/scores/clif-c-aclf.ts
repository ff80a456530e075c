import type { z } from 'zod';
import { assessOrgans, clifOrganInputs, clifOrganShape, organFailureScore, type ClifOrganInputsUsed } from './clif-organs';
import { FORMULA } from './formulas';
import { positiveNumber, quantity, scoreArgument } from './input-schemas';
import { scoreFailure, type ScoreOutcome } from './outcome';
import { parseInput } from './parse-input';
import { roundHalfAwayFromZero } from './rounding';

const clifCAclfArgument = scoreArgument({
  ...clifOrganShape,
  ageYears: positiveNumber,
  whiteCellCount: quantity(['10^9/L']),
});

export type ClifCAclfInput = z.input<typeof clifCAclfArgument>;

export type ClifCAclfResult = ScoreOutcome<{
  /** The score rounded to the nearest integer (ties away from zero); no official bounds. */
  readonly score: number;
  readonly unrounded: number;
  /** The CLIF-C OF score (6–18) the formula used. */
  readonly clifCOf: number;
  readonly formula: typeof FORMULA.clifCAclf;
  readonly inputs: ClifOrganInputsUsed & {
    readonly ageYears: number;
    readonly whiteCellCount: { readonly value: number; readonly unit: '10^9/L' };
  };
}>;

/**
 * CLIF-C ACLF score = 10 × (0.33 × CLIF-C OF + 0.04 × age + 0.63 × ln(WBC × 10^9/L) − 2) (Jalan 2014).
 * @param input a {@link ClifCAclfInput}; anything else yields problems, never a throw.
 */
export function clifCAclf(input: unknown): ClifCAclfResult {
  const parsed = parseInput(clifCAclfArgument, input);
  if (!parsed.ok) return scoreFailure(parsed.problems);
  const { ageYears, whiteCellCount, ...organGiven } = parsed.value;
  const organInputs = clifOrganInputs(organGiven);
  const { points } = assessOrgans(organInputs);
  const of = organFailureScore(points);
  const unrounded = 10 * (0.33 * of + 0.04 * ageYears + 0.63 * Math.log(whiteCellCount.value) - 2);
  return {
    ok: true,
    score: roundHalfAwayFromZero(unrounded),
    unrounded,
    clifCOf: of,
    formula: FORMULA.clifCAclf,
    inputs: { ...organInputs, ageYears, whiteCellCount },
  };
}
