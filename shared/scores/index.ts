/**
 * Liver scores for the eCRF: OPTN/UNOS MELD, OPTN 2016 MELD-Na, MELD 3.0, Child-Turcotte-Pugh, the
 * protocol-specific MELDs of NCT05121870 and NCT03668171, and the EASL-CLIF CLIF-C OF score, ACLF grade and
 * CLIF-C ACLF score.
 *
 * Guarantees, for every function here:
 * - The argument is treated as unknown at run time and validated; a missing, non-finite, non-positive or
 *   wrongly-united value gives `{ ok: false, problems }` with a path such as ['bilirubin', 'unit'].
 *   Nothing throws, whatever is passed.
 * - A success is `{ ok: true, score, formula, inputs, ... }`: `score` is a finite number (never NaN),
 *   `formula` a stable versioned id (FORMULA, documented in README.md), `inputs` the values the formula
 *   actually used, after conversion to its units (mg/dL, g/dL) and after clamping.
 * - SI and conventional inputs give the same score: conversions are snapped to decimals so band edges
 *   (51.3 µmol/L = 3 mg/dL) and rounding ties do not depend on binary floating point.
 * - Pure and deterministic: no clock, no randomness, no I/O.
 *
 * Non-goals: plausibility ranges (the form model's hard and soft ranges handle those), PT-seconds Child-Pugh,
 * and score variants the trials do not use (Kim 2008 MELD-Na, Biggins MELD-Na, the PBC bilirubin bands).
 */
export { FORMULA, type FormulaId } from './formulas';
export type { ScoreFailure, ScoreOutcome, ScoreProblem } from './outcome';
export {
  ALBUMIN_G_L_PER_G_DL,
  BILIRUBIN_UMOL_L_PER_MG_DL,
  CREATININE_UMOL_L_PER_MG_DL,
  type AlbuminUnit,
  type BilirubinUnit,
  type CreatinineUnit,
  type GPerDl,
  type MgPerDl,
  type Quantity,
} from './units';

export { meld, type MeldInput, type MeldResult } from './meld';
export type { MeldLabsUsed } from './meld-core';
export { meldNa, type MeldNaInput, type MeldNaResult } from './meld-na';
export { meld3, type Meld3Input, type Meld3InputsUsed, type Meld3Result } from './meld3';
export {
  childPugh,
  type ChildPughClass,
  type ChildPughInput,
  type ChildPughPoints,
  type ChildPughResult,
} from './child-pugh';
export {
  meldNct05121870,
  MELD_NCT05121870_DEFAULT_ROUNDING,
  type MeldNct05121870Input,
  type MeldNct05121870Result,
  type MeldNct05121870Rounding,
} from './meld-nct05121870';
export {
  meetsNct03668171MeldInclusion,
  meldInclusionNct03668171,
  NCT03668171_MELD_RANGE,
  type MeldInclusionNct03668171Input,
  type MeldInclusionNct03668171Result,
} from './meld-inclusion-nct03668171';

export { ORGANS, type ClifOrganInputsUsed, type Organ, type OrganPoints } from './clif-organs';
export { clifCOf, type ClifCOfInput, type ClifCOfResult } from './clif-c-of';
export { aclfGrade, type AclfGradeInput, type AclfGradeResult, type AclfGradeValue } from './aclf-grade';
export { clifCAclf, type ClifCAclfInput, type ClifCAclfResult } from './clif-c-aclf';
