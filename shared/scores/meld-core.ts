import type { z } from 'zod';
import { bilirubinSchema, creatinineSchema, positiveNumber, scoreArgument, yesNo } from './input-schemas';
import { roundHalfUp } from './rounding';
import { bilirubinInMgPerDl, creatinineInMgPerDl, type MgPerDl } from './units';

/*
 * The OPTN/UNOS laboratory rules and MELD(i), shared by MELD, MELD-Na and the NCT03668171 inclusion MELD
 * so the three can never drift apart.
 */

export const meldLabShape = {
  bilirubin: bilirubinSchema,
  creatinine: creatinineSchema,
  inr: positiveNumber,
  dialysisTwiceInPastWeek: yesNo,
};

export const meldArgument = scoreArgument(meldLabShape);

export interface MeldLabsUsed {
  readonly bilirubin: MgPerDl;
  readonly creatinine: MgPerDl;
  readonly inr: number;
  readonly dialysisTwiceInPastWeek: boolean;
}

/** The UNOS laboratory inputs as validated, in the units the caller gave. */
export type MeldLabs = z.output<typeof meldArgument>;

const LAB_FLOOR = 1;
const CREATININE_CEILING_MG_DL = 4;

/**
 * Values below 1.0 become 1.0 (a logarithm below zero would lower the score); creatinine is capped at 4.0,
 * and dialysis at least twice in the past week (or 24 h of CVVHD) sets it to 4.0 whatever was measured,
 * including values below 1.0 (vectors meld-07, meldna-10).
 */
export function applyUnosLabRules(labs: MeldLabs): MeldLabsUsed {
  const creatinine = creatinineInMgPerDl(labs.creatinine).value;
  const bilirubin = bilirubinInMgPerDl(labs.bilirubin).value;
  return {
    bilirubin: { value: Math.max(bilirubin, LAB_FLOOR), unit: 'mg/dL' },
    creatinine: {
      value: labs.dialysisTwiceInPastWeek
        ? CREATININE_CEILING_MG_DL
        : Math.min(Math.max(creatinine, LAB_FLOOR), CREATININE_CEILING_MG_DL),
      unit: 'mg/dL',
    },
    inr: Math.max(labs.inr, LAB_FLOOR),
    dialysisTwiceInPastWeek: labs.dialysisTwiceInPastWeek,
  };
}

/** MELD(i) exactly as OPTN writes it, before scaling: 0.957 ln(Cr) + 0.378 ln(bili) + 1.120 ln(INR) + 0.643. */
export function meldI(labs: MeldLabsUsed): number {
  return (
    0.957 * Math.log(labs.creatinine.value) +
    0.378 * Math.log(labs.bilirubin.value) +
    1.12 * Math.log(labs.inr) +
    0.643
  );
}

/**
 * OPTN: "round MELD(i) to the tenth decimal place, then multiply by 10". Rounding 10·MELD(i) to an integer
 * is the same number without the binary error of 2.7 * 10; ties go up. No cap here: callers decide.
 */
export function scaledMeldI(labs: MeldLabsUsed): number {
  return roundHalfUp(meldI(labs) * 10);
}

export const MELD_MAXIMUM = 40;
