/**
 * Derived scores from screening observations: each score's argument is assembled from catalogue items
 * (converted to the stored SI unit, then labelled with the unit names shared/scores expects) and the
 * score is computed there. A missing or "<"/">" input makes the score unknown, naming what is missing.
 */
import { toStoredUnit, type DerivedScoreId, type ProtocolCatalogue } from '../protocol';
import {
  aclfGrade,
  childPugh,
  clifCAclf,
  clifCOf,
  meld,
  meld3,
  meldInclusionNct03668171,
  meldNa,
  meldNct05121870,
  type ScoreFailure,
} from '../scores';
import { latestOf, type Observation } from './observations';

export type ScoreValue =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly missing: readonly string[]; readonly problems: readonly string[] };

/** Reads the latest plain (unqualified) value of items, recording the ones that are missing. */
class Inputs {
  readonly missing: string[] = [];
  constructor(
    private readonly observations: readonly Observation[],
    private readonly catalogue: ProtocolCatalogue,
  ) {}

  optionalNumber(item: string): number | undefined {
    const o = latestOf(this.observations, item);
    const def = this.catalogue.getItem(item);
    if (o === undefined || def === undefined || typeof o.value !== 'number' || o.qualifier !== undefined) return undefined;
    return toStoredUnit(def, o.value, o.unit);
  }

  number(item: string): number {
    const value = this.optionalNumber(item);
    if (value === undefined) this.missing.push(item);
    return value ?? Number.NaN;
  }

  optionalCode(item: string): string | boolean | undefined {
    const o = latestOf(this.observations, item);
    return o === undefined || typeof o.value === 'number' ? undefined : o.value;
  }

  code(item: string): string | boolean | undefined {
    const value = this.optionalCode(item);
    if (value === undefined) this.missing.push(item);
    return value;
  }
}

const umol = (value: number) => ({ value, unit: 'umol/L' as const });

const meldLabs = (i: Inputs) => ({
  bilirubin: umol(i.number('bilirubin')),
  creatinine: umol(i.number('creatinine')),
  inr: i.number('inr'),
  dialysisTwiceInPastWeek: i.code('dialysisTwiceInPastWeek'),
});

// Ascites grade → Child-Pugh: 0 none, 1–2 slight, 3 or refractory moderate (domain.md §3.6, an assumption).
function ascites(i: Inputs): string | undefined {
  const grade = i.code('ascitesGrade');
  if (grade === undefined) return undefined;
  if (grade === '3' || i.optionalCode('ascitesRefractory') === true) return 'moderate';
  return grade === '0' ? 'none' : 'slight';
}

// Minimal HE is found only by psychometric tests: it counts as West Haven grade 0 (no overt HE).
const HE_GRADES: Readonly<Record<string, number>> = { '0': 0, minimal: 0, '1': 1, '2': 2, '3': 3, '4': 4 };

function heGrade(i: Inputs): number | undefined {
  const code = i.code('heGrade');
  return typeof code === 'string' ? HE_GRADES[code] : undefined;
}

function encephalopathy(i: Inputs): string | undefined {
  const grade = heGrade(i);
  if (grade === undefined) return undefined;
  return grade === 0 ? 'none' : grade <= 2 ? 'grade1-2' : 'grade3-4';
}

/** PaO2/FiO2 when an arterial gas exists, else SpO2/FiO2 (CLIF-C OF accepts either); FiO2 is stored in %. */
function respiration(i: Inputs) {
  const fraction = i.number('fio2') / 100;
  const pao2 = i.optionalNumber('pao2');
  if (pao2 !== undefined) return { measure: 'PaO2/FiO2', ratio: pao2 / fraction };
  const spo2 = i.optionalNumber('spo2');
  if (spo2 === undefined) i.missing.push('pao2');
  return { measure: 'SpO2/FiO2', ratio: (spo2 ?? Number.NaN) / fraction };
}

const clifOrgans = (i: Inputs) => ({
  bilirubin: umol(i.number('bilirubin')),
  creatinine: umol(i.number('creatinine')),
  renalReplacementTherapy: i.code('renalReplacement'),
  hepaticEncephalopathyGrade: heGrade(i),
  inr: i.number('inr'),
  meanArterialPressure: { value: i.number('meanArterialPressure'), unit: 'mmHg' },
  vasopressors: i.code('vasopressors'),
  respiration: respiration(i),
});

type Computed = { readonly ok: true; readonly score: number } | ScoreFailure;

/** Each builder reads its inputs first (so every missing one is named), then returns the computation. */
const BUILDERS: Readonly<Record<DerivedScoreId, (i: Inputs) => () => Computed>> = {
  meld: (i) => {
    const input = meldLabs(i);
    return () => meld(input);
  },
  meldInclusionNct03668171: (i) => {
    const input = meldLabs(i);
    return () => meldInclusionNct03668171(input);
  },
  meldNa: (i) => {
    const input = { ...meldLabs(i), sodium: { value: i.number('sodium'), unit: 'mmol/L' } };
    return () => meldNa(input);
  },
  meld3: (i) => {
    const sex = i.code('sex');
    const input = {
      ...meldLabs(i),
      sodium: { value: i.number('sodium'), unit: 'mmol/L' },
      albumin: { value: i.number('albumin'), unit: 'g/L' },
      sex: sex === 'F' ? 'female' : sex === 'M' ? 'male' : sex,
    };
    return () => meld3(input);
  },
  childPugh: (i) => {
    const input = {
      bilirubin: umol(i.number('bilirubin')),
      albumin: { value: i.number('albumin'), unit: 'g/L' },
      inr: i.number('inr'),
      ascites: ascites(i),
      encephalopathy: encephalopathy(i),
    };
    return () => childPugh(input);
  },
  meldNct05121870: (i) => {
    const etiology = i.code('etiologyCategory');
    const input = {
      bilirubin: umol(i.number('bilirubin')),
      creatinine: umol(i.number('creatinine')),
      inr: i.number('inr'),
      etiology: etiology === '0' ? 'cholestatic-or-alcoholic' : etiology === '1' ? 'other' : etiology,
    };
    return () => meldNct05121870(input);
  },
  clifCOf: (i) => {
    const input = clifOrgans(i);
    return () => clifCOf(input);
  },
  aclfGrade: (i) => {
    const input = clifOrgans(i);
    return () => {
      const result = aclfGrade(input);
      return result.ok ? { ok: true, score: result.grade } : result;
    };
  },
  clifCAclf: (i) => {
    const input = { ...clifOrgans(i), ageYears: i.number('age'), whiteCellCount: { value: i.number('wbc'), unit: '10^9/L' } };
    return () => clifCAclf(input);
  },
};

export function computeScore(score: DerivedScoreId, observations: readonly Observation[], catalogue: ProtocolCatalogue): ScoreValue {
  const inputs = new Inputs(observations, catalogue);
  const compute = BUILDERS[score](inputs);
  const missing = [...new Set(inputs.missing)];
  if (missing.length > 0) return { ok: false, missing, problems: [] };
  const result = compute();
  if (result.ok) return { ok: true, value: result.score };
  return { ok: false, missing: [], problems: result.problems.map((p) => `${p.path.join('.')}: ${p.message}`) };
}
