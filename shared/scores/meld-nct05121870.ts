import type { z } from 'zod';
import { FORMULA } from './formulas';
import { bilirubinSchema, creatinineSchema, oneOf, positiveNumber, scoreArgument } from './input-schemas';
import { problemAt, scoreFailure, type ScoreOutcome, type ScoreProblem } from './outcome';
import { parseInput } from './parse-input';
import { roundHalfAwayFromZero, truncateTowardZero } from './rounding';
import { bilirubinInMgPerDl, creatinineInMgPerDl, type MgPerDl } from './units';

const meldNct05121870Argument = scoreArgument({
  bilirubin: bilirubinSchema,
  creatinine: creatinineSchema,
  inr: positiveNumber,
  etiology: oneOf(['cholestatic-or-alcoholic', 'other']),
  rounding: oneOf(['round', 'truncate']).optional(),
});

export type MeldNct05121870Input = z.input<typeof meldNct05121870Argument>;
export type MeldNct05121870Rounding = 'round' | 'truncate';

/**
 * "The results are taken as integers" does not say how (domain.md F16). Rounding to nearest is the
 * default: it is how the Kamath and OPTN MELD it derives from are reported, and it does not bias every
 * value downwards. Pass rounding: 'truncate' if the sponsor confirms truncation.
 */
export const MELD_NCT05121870_DEFAULT_ROUNDING: MeldNct05121870Rounding = 'round';

export type MeldNct05121870Result = ScoreOutcome<{
  /** The integer per `rounding`; may be negative, since the protocol gives no floor. */
  readonly score: number;
  /** R before it is taken as an integer. */
  readonly raw: number;
  readonly rounding: MeldNct05121870Rounding;
  readonly formula: typeof FORMULA.meldNct05121870;
  /** Converted to mg/dL; nothing is clamped because the protocol gives no bounds. */
  readonly inputs: {
    readonly bilirubin: MgPerDl;
    readonly creatinine: MgPerDl;
    readonly inr: number;
    readonly etiology: 'cholestatic-or-alcoholic' | 'other';
  };
}>;

/** A denormal µmol/L value divides to 0 mg/dL, whose logarithm is -Infinity: report it, never compute it. */
function unrepresentable(inputs: { bilirubin: MgPerDl; creatinine: MgPerDl }): ScoreProblem[] {
  return (['bilirubin', 'creatinine'] as const)
    .filter((lab) => !(inputs[lab].value > 0))
    .map((lab) => problemAt([lab, 'value'], 'is too small to convert to mg/dL'));
}

/**
 * The NCT05121870 primary-endpoint MELD exactly as its protocol writes it:
 * R = 9.6 ln(Cr mg/dL) + 3.8 ln(bili mg/dL) + 11.2 ln(INR) + 6.4 × etiology (0 cholestatic or alcoholic,
 * 1 other causes such as viruses), "taken as integers". No clamping, no cap.
 * @param input a {@link MeldNct05121870Input}; anything else yields problems, never a throw.
 */
export function meldNct05121870(input: unknown): MeldNct05121870Result {
  const parsed = parseInput(meldNct05121870Argument, input);
  if (!parsed.ok) return scoreFailure(parsed.problems);
  const given = parsed.value;
  const inputs = {
    bilirubin: bilirubinInMgPerDl(given.bilirubin),
    creatinine: creatinineInMgPerDl(given.creatinine),
    inr: given.inr,
    etiology: given.etiology,
  };
  const problems = unrepresentable(inputs);
  if (problems.length > 0) return scoreFailure(problems);
  const raw =
    9.6 * Math.log(inputs.creatinine.value) +
    3.8 * Math.log(inputs.bilirubin.value) +
    11.2 * Math.log(inputs.inr) +
    6.4 * (inputs.etiology === 'other' ? 1 : 0);
  const rounding = given.rounding ?? MELD_NCT05121870_DEFAULT_ROUNDING;
  const score = rounding === 'round' ? roundHalfAwayFromZero(raw) : truncateTowardZero(raw);
  return { ok: true, score, raw, rounding, formula: FORMULA.meldNct05121870, inputs };
}
