import { describe, expect, it } from 'vitest';
import {
  ALBUMIN_G_L_PER_G_DL,
  BILIRUBIN_UMOL_L_PER_MG_DL,
  childPugh,
  clifCAclf,
  clifCOf,
  CREATININE_UMOL_L_PER_MG_DL,
  meld,
  meld3,
  meldNa,
} from '../../../shared/scores';
import {
  childPughArgs,
  childPughExpected,
  clifArgs,
  clifExpected,
  integerExpected,
  meld3Args,
  meldArgs,
  meldNaArgs,
  numericExpected,
  scoreVectors,
  siConversionInput,
  vectorsFor,
  type UnitSystem,
} from './score-vectors';
import { success } from './builders';

// Every case in ../shared/reference/score-vectors.json, fed in the units it is written in and converted to
// the other unit system: both must give the expected score.
const SYSTEMS: readonly UnitSystem[] = ['as-given', 'converted'];
const KINDS = ['MELD', 'MELD-Na', 'MELD 3.0', 'Child-Pugh', 'CLIF-C ACLF', 'SI conversion'] as const;

describe('score-vectors.json', () => {
  it('has only kinds of case that this suite runs', () => {
    expect(scoreVectors.filter((v) => !(KINDS as readonly string[]).includes(v.score)).map((v) => v.id)).toEqual([]);
  });

  it.each(KINDS)('has cases for %s', (kind) => {
    expect(vectorsFor(kind).length).toBeGreaterThan(0);
  });
});

describe.each(SYSTEMS)('reference vectors, units %s', (system) => {
  it.each(vectorsFor('MELD').map((v) => [v.id, v] as const))('MELD %s', (_id, v) => {
    expect(success(meld(meldArgs(v, system))).score).toBe(integerExpected(v));
  });

  it.each(vectorsFor('MELD-Na').map((v) => [v.id, v] as const))('MELD-Na %s', (_id, v) => {
    expect(success(meldNa(meldNaArgs(v, system))).score).toBe(integerExpected(v));
  });

  it.each(vectorsFor('MELD 3.0').map((v) => [v.id, v] as const))('MELD 3.0 %s', (_id, v) => {
    expect(success(meld3(meld3Args(v, system))).score).toBe(integerExpected(v));
  });

  it.each(vectorsFor('Child-Pugh').map((v) => [v.id, v] as const))('Child-Pugh %s', (_id, v) => {
    const result = success(childPugh(childPughArgs(v, system)));
    expect({ score: result.score, class: result.class }).toEqual(childPughExpected(v));
  });

  it.each(vectorsFor('CLIF-C ACLF').map((v) => [v.id, v] as const))('CLIF-C OF and CLIF-C ACLF %s', (_id, v) => {
    const expected = clifExpected(v);
    const args = clifArgs(v, system);
    expect(success(clifCOf(args)).score).toBe(expected.clif_c_of);
    const aclf = success(clifCAclf(args));
    expect(aclf.clifCOf).toBe(expected.clif_c_of);
    // The reference value is printed to 4 decimals.
    expect(aclf.unrounded).toBeCloseTo(expected.clif_c_aclf, 3);
    expect(aclf.score).toBe(expected.clif_c_aclf_rounded_integer);
  });
});

describe('SI conversion vectors', () => {
  const factors = [
    [/bili/i, BILIRUBIN_UMOL_L_PER_MG_DL],
    [/creat/i, CREATININE_UMOL_L_PER_MG_DL],
    [/alb/i, ALBUMIN_G_L_PER_G_DL],
  ] as const;

  it.each(vectorsFor('SI conversion').map((v) => [v.id, v] as const))('%s', (_id, v) => {
    const match = factors.find(([pattern]) => pattern.test(`${v.id} ${v.note ?? ''}`));
    if (match === undefined) throw new Error(`vector ${v.id}: cannot tell which analyte it converts`);
    expect(siConversionInput(v) * match[1]).toBeCloseTo(numericExpected(v), 9);
  });
});
