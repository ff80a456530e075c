import type { z } from 'zod';
import { FORMULA } from './formulas';
import { albuminSchema, bilirubinSchema, oneOf, positiveNumber, scoreArgument } from './input-schemas';
import { scoreFailure, type ScoreOutcome } from './outcome';
import { parseInput } from './parse-input';
import { snapDecimal } from './rounding';
import { albuminInGPerDl, bilirubinInMgPerDl, type GPerDl, type MgPerDl } from './units';

const childPughArgument = scoreArgument({
  bilirubin: bilirubinSchema,
  albumin: albuminSchema,
  inr: positiveNumber,
  ascites: oneOf(['none', 'slight', 'moderate']),
  encephalopathy: oneOf(['none', 'grade1-2', 'grade3-4']),
});

export type ChildPughInput = z.input<typeof childPughArgument>;
type Given = z.output<typeof childPughArgument>;

export type ChildPughPoints = 1 | 2 | 3;
export type ChildPughClass = 'A' | 'B' | 'C';

export type ChildPughResult = ScoreOutcome<{
  /** Integer 5–15. */
  readonly score: number;
  readonly class: ChildPughClass;
  readonly points: {
    readonly bilirubin: ChildPughPoints;
    readonly albumin: ChildPughPoints;
    readonly inr: ChildPughPoints;
    readonly ascites: ChildPughPoints;
    readonly encephalopathy: ChildPughPoints;
  };
  readonly formula: typeof FORMULA.childPugh;
  /** Bilirubin in mg/dL and albumin in g/dL, the units the bands are defined in; nothing is clamped. */
  readonly inputs: {
    readonly bilirubin: MgPerDl;
    readonly albumin: GPerDl;
    readonly inr: number;
    readonly ascites: Given['ascites'];
    readonly encephalopathy: Given['encephalopathy'];
  };
}>;

// Middle bands are closed at both ends (2 and 3 mg/dL, 2.8 and 3.5 g/dL, 1.7 and 2.3 score 2), as every
// implementation that was run agrees (ctp-04, ctp-07, ctp-10, ctp-13). The converted values are snapped to
// decimals (rounding.ts), so 51.3 µmol/L compares as exactly 3 mg/dL.
const risingBand = (x: number, low: number, high: number): ChildPughPoints => (x < low ? 1 : x <= high ? 2 : 3);
const fallingBand = (x: number, low: number, high: number): ChildPughPoints => (x > high ? 1 : x >= low ? 2 : 3);

const ASCITES_POINTS: Record<Given['ascites'], ChildPughPoints> = { none: 1, slight: 2, moderate: 3 };
const ENCEPHALOPATHY_POINTS: Record<Given['encephalopathy'], ChildPughPoints> = {
  none: 1,
  'grade1-2': 2,
  'grade3-4': 3,
};

function classOf(score: number): ChildPughClass {
  if (score <= 6) return 'A';
  return score <= 9 ? 'B' : 'C';
}

/**
 * Child-Turcotte-Pugh with the INR coagulation axis: bilirubin < 2 / 2–3 / > 3 mg/dL, albumin > 3.5 /
 * 2.8–3.5 / < 2.8 g/dL, INR < 1.7 / 1.7–2.3 / > 2.3, ascites and encephalopathy 1/2/3 points; class A 5–6,
 * B 7–9, C 10–15.
 * @param input a {@link ChildPughInput}; anything else yields problems, never a throw.
 */
export function childPugh(input: unknown): ChildPughResult {
  const parsed = parseInput(childPughArgument, input);
  if (!parsed.ok) return scoreFailure(parsed.problems);
  const given = parsed.value;
  const bilirubin = bilirubinInMgPerDl(given.bilirubin);
  const albumin = albuminInGPerDl(given.albumin);
  const inr = snapDecimal(given.inr);
  const points = {
    bilirubin: risingBand(bilirubin.value, 2, 3),
    albumin: fallingBand(albumin.value, 2.8, 3.5),
    inr: risingBand(inr, 1.7, 2.3),
    ascites: ASCITES_POINTS[given.ascites],
    encephalopathy: ENCEPHALOPATHY_POINTS[given.encephalopathy],
  };
  const score = points.bilirubin + points.albumin + points.inr + points.ascites + points.encephalopathy;
  return {
    ok: true,
    score,
    class: classOf(score),
    points,
    formula: FORMULA.childPugh,
    inputs: { bilirubin, albumin, inr, ascites: given.ascites, encephalopathy: given.encephalopathy },
  };
}
