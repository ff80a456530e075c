/**
 * Stable identifiers of every formula this module computes. They are stored next to derived values and
 * exported with them, so changing one is a data migration: add a new id instead of editing an old one.
 * README.md in this folder says exactly what each id computes.
 */
export const FORMULA = {
  meld: 'MELD (OPTN/UNOS)',
  meldNa: 'MELD-Na (OPTN 2016)',
  meld3: 'MELD 3.0 (Kim 2021)',
  childPugh: 'Child-Turcotte-Pugh',
  meldNct05121870: 'MELD (NCT05121870 protocol, etiology form)',
  meldInclusionNct03668171: 'MELD inclusion (NCT03668171 protocol, OPTN/UNOS rules)',
  clifCOf: 'CLIF-C OF (Jalan 2014)',
  aclfGrade: 'EASL-CLIF ACLF grade (Moreau 2013)',
  clifCAclf: 'CLIF-C ACLF (Jalan 2014)',
} as const;

export type FormulaId = (typeof FORMULA)[keyof typeof FORMULA];
