import type { z } from 'zod';
import { FORMULA } from './formulas';
import {
  albuminSchema,
  bilirubinSchema,
  creatinineSchema,
  positiveNumber,
  scoreArgument,
  sexSchema,
  sodiumSchema,
  yesNo,
} from './input-schemas';
import { MELD_MAXIMUM } from './meld-core';
import { scoreFailure, type ScoreOutcome } from './outcome';
import { parseInput } from './parse-input';
import { clamp, roundHalfUp } from './rounding';
import { albuminInGPerDl, bilirubinInMgPerDl, creatinineInMgPerDl, type GPerDl, type MgPerDl } from './units';

const meld3Argument = scoreArgument({
  bilirubin: bilirubinSchema,
  creatinine: creatinineSchema,
  inr: positiveNumber,
  dialysisTwiceInPastWeek: yesNo,
  sodium: sodiumSchema,
  albumin: albuminSchema,
  sex: sexSchema,
});

export type Meld3Input = z.input<typeof meld3Argument>;

export interface Meld3InputsUsed {
  readonly bilirubin: MgPerDl;
  readonly creatinine: MgPerDl;
  readonly inr: number;
  readonly dialysisTwiceInPastWeek: boolean;
  readonly sodium: { readonly value: number; readonly unit: 'mmol/L' };
  readonly albumin: GPerDl;
  readonly sex: 'female' | 'male';
}

export type Meld3Result = ScoreOutcome<{
  /** Integer 6–40: the rounded value, capped at 40 as allocation calculators display it. */
  readonly score: number;
  /** The rounded value without the cap of 40 (Kim 2021 scaled the score without presuming one). */
  readonly uncapped: number;
  /** The value before rounding and capping. */
  readonly unrounded: number;
  readonly formula: typeof FORMULA.meld3;
  /** After conversion to mg/dL and g/dL and the Kim 2021 bounds. */
  readonly inputs: Meld3InputsUsed;
}>;

const LAB_FLOOR = 1;
const CREATININE_CEILING_MG_DL = 3;

function applyKimBounds(given: z.output<typeof meld3Argument>): Meld3InputsUsed {
  const creatinine = creatinineInMgPerDl(given.creatinine).value;
  return {
    bilirubin: { value: Math.max(bilirubinInMgPerDl(given.bilirubin).value, LAB_FLOOR), unit: 'mg/dL' },
    creatinine: {
      value: given.dialysisTwiceInPastWeek
        ? CREATININE_CEILING_MG_DL
        : clamp(creatinine, LAB_FLOOR, CREATININE_CEILING_MG_DL),
      unit: 'mg/dL',
    },
    inr: Math.max(given.inr, LAB_FLOOR),
    dialysisTwiceInPastWeek: given.dialysisTwiceInPastWeek,
    sodium: { value: clamp(given.sodium.value, 125, 137), unit: 'mmol/L' },
    albumin: { value: clamp(albuminInGPerDl(given.albumin).value, 1.5, 3.5), unit: 'g/dL' },
    sex: given.sex,
  };
}

function kim2021(x: Meld3InputsUsed): number {
  const lnBili = Math.log(x.bilirubin.value);
  const lnCr = Math.log(x.creatinine.value);
  const sodiumDeficit = 137 - x.sodium.value;
  const albuminDeficit = 3.5 - x.albumin.value;
  return (
    (x.sex === 'female' ? 1.33 : 0) +
    4.56 * lnBili +
    0.82 * sodiumDeficit -
    0.24 * sodiumDeficit * lnBili +
    9.09 * Math.log(x.inr) +
    11.14 * lnCr +
    1.85 * albuminDeficit -
    1.83 * albuminDeficit * lnCr +
    6
  );
}

/**
 * MELD 3.0 (Kim WR et al., Gastroenterology 2021): bilirubin, INR and creatinine below 1.0 set to 1.0,
 * creatinine capped at 3.0 (dialysis twice in the past week sets it to 3.0), sodium clamped to 125–137,
 * albumin to 1.5–3.5 g/dL; rounded half up; maximum 40.
 * @param input a {@link Meld3Input}; anything else yields problems, never a throw.
 */
export function meld3(input: unknown): Meld3Result {
  const parsed = parseInput(meld3Argument, input);
  if (!parsed.ok) return scoreFailure(parsed.problems);
  const inputs = applyKimBounds(parsed.value);
  const unrounded = kim2021(inputs);
  const uncapped = roundHalfUp(unrounded);
  return { ok: true, score: Math.min(uncapped, MELD_MAXIMUM), uncapped, unrounded, formula: FORMULA.meld3, inputs };
}
