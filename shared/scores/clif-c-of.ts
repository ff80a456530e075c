import type { z } from 'zod';
import {
  assessOrgans,
  clifOrganInputs,
  clifOrganShape,
  organFailureScore,
  type ClifOrganInputsUsed,
  type OrganAssessment,
} from './clif-organs';
import { FORMULA } from './formulas';
import { scoreArgument } from './input-schemas';
import { scoreFailure, type ScoreOutcome } from './outcome';
import { parseInput } from './parse-input';

const clifCOfArgument = scoreArgument(clifOrganShape);

export type ClifCOfInput = z.input<typeof clifCOfArgument>;

export type ClifCOfResult = ScoreOutcome<
  OrganAssessment & {
    /** Integer 6–18: the sum of six organ subscores of 1–3. */
    readonly score: number;
    readonly formula: typeof FORMULA.clifCOf;
    /** Bilirubin and creatinine in mg/dL; nothing is clamped. */
    readonly inputs: ClifOrganInputsUsed;
  }
>;

/**
 * CLIF-C OF score: liver (bilirubin < 6 / 6–<12 / ≥ 12 mg/dL), kidney (creatinine < 2 / 2–<3.5 / ≥ 3.5 mg/dL
 * or renal replacement), brain (West Haven 0 / 1–2 / 3–4), coagulation (INR < 2 / 2–<2.5 / ≥ 2.5),
 * circulation (MAP ≥ 70 / < 70 mmHg / vasopressors), respiration (PaO2/FiO2 > 300 / 200–300 / ≤ 200, or
 * SpO2/FiO2 > 357 / 214–357 / ≤ 214), with the organ failures they define.
 * @param input a {@link ClifCOfInput}; anything else yields problems, never a throw.
 */
export function clifCOf(input: unknown): ClifCOfResult {
  const parsed = parseInput(clifCOfArgument, input);
  if (!parsed.ok) return scoreFailure(parsed.problems);
  const inputs = clifOrganInputs(parsed.value);
  const assessment = assessOrgans(inputs);
  const score = organFailureScore(assessment.points);
  return { ok: true, score, ...assessment, formula: FORMULA.clifCOf, inputs };
}
