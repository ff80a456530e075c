/**
 * Stored values (SI) + subject context → the arguments of shared/scores. Every read that finds nothing
 * records what is needed, so a score is either computed from complete inputs or reported as "needs X, Y".
 * Categorical mappings are [ASSUMPTION]s noted on the derivation models (domain.md §3.6).
 */
import { getItem, type ItemId, type LocalizedText } from '../../catalogue';
import type { EntryContext, NeededInput, StoredValues } from '../entry-contract';

export interface InputReader {
  readonly needs: readonly NeededInput[];
  number(key: ItemId): number | undefined;
  code(key: ItemId): string | undefined;
  yesNo(key: ItemId, fallback?: boolean): boolean | undefined;
  /** Records a need without reading (an input that has alternatives). */
  need(...keys: ItemId[]): undefined;
}

const labelOf = (key: ItemId): LocalizedText => {
  const item = getItem(key);
  return item.ok ? item.value.label : { en: key, zh: key };
};

export function inputReader(values: StoredValues): InputReader {
  const needs: NeededInput[] = [];
  const need = (...keys: ItemId[]): undefined => {
    const [key] = keys;
    if (key === undefined || needs.some((n) => n.key === key)) return undefined;
    const labels = keys.map(labelOf);
    needs.push({ key, label: { en: labels.map((l) => l.en).join(' or '), zh: labels.map((l) => l.zh).join('或') } });
    return undefined;
  };
  return {
    needs,
    need,
    number(key) {
      const v = values[key];
      return typeof v === 'number' && Number.isFinite(v) ? v : need(key);
    },
    code(key) {
      const v = values[key];
      return typeof v === 'string' && v !== '' ? v : need(key);
    },
    yesNo(key, fallback) {
      const v = values[key];
      if (typeof v === 'boolean') return v;
      return fallback ?? need(key);
    },
  };
}

export const umol = (value: number | undefined) => (value === undefined ? undefined : { value, unit: 'umol/L' as const });

export function meldArgs(r: InputReader, context: EntryContext) {
  return {
    bilirubin: umol(r.number('bilirubin')),
    creatinine: umol(r.number('creatinine')),
    inr: r.number('inr'),
    dialysisTwiceInPastWeek: r.yesNo('dialysisTwiceInPastWeek', context.subject?.dialysisTwiceInPastWeek),
  };
}

export function sodiumArg(r: InputReader) {
  const sodium = r.number('sodium');
  return sodium === undefined ? undefined : { value: sodium, unit: 'mmol/L' as const };
}

export function albuminArg(r: InputReader) {
  const albumin = r.number('albumin');
  return albumin === undefined ? undefined : { value: albumin, unit: 'g/L' as const };
}

export function sexArg(r: InputReader, values: StoredValues, context: EntryContext): 'male' | 'female' | undefined {
  const sex = values['sex'] ?? context.subject?.sex;
  if (sex === 'M') return 'male';
  if (sex === 'F') return 'female';
  return r.need('sex');
}

/** Grade 0 → none, 1–2 → slight, 3 or refractory → moderate [ASSUMPTION, domain.md §3.6]. */
export function ascitesArg(r: InputReader, values: StoredValues): 'none' | 'slight' | 'moderate' | undefined {
  if (values['ascitesRefractory'] === true) return 'moderate';
  const grade = r.code('ascitesGrade');
  if (grade === '0') return 'none';
  if (grade === '1' || grade === '2') return 'slight';
  return grade === '3' ? 'moderate' : undefined;
}

/** West Haven 0 or minimal → none, 1–2 → grade 1–2, 3–4 → grade 3–4. */
export function encephalopathyArg(r: InputReader): 'none' | 'grade1-2' | 'grade3-4' | undefined {
  const grade = r.code('heGrade');
  if (grade === '0' || grade === 'minimal') return 'none';
  if (grade === '1' || grade === '2') return 'grade1-2';
  return grade === '3' || grade === '4' ? 'grade3-4' : undefined;
}

export function etiologyArg(r: InputReader, values: StoredValues, context: EntryContext) {
  const category = values['etiologyCategory'] ?? context.subject?.etiologyCategory;
  if (category === '0') return 'cholestatic-or-alcoholic' as const;
  if (category === '1') return 'other' as const;
  return r.need('etiologyCategory');
}

export function ageArg(r: InputReader, values: StoredValues, context: EntryContext): number | undefined {
  const age = values['age'] ?? context.subject?.ageYears;
  return typeof age === 'number' && Number.isFinite(age) ? age : r.need('age');
}

/** CLIF-C organ inputs: minimal HE counts as grade 0; MAP from SBP/DBP when not measured. */
export function clifOrganArgs(r: InputReader, values: StoredValues) {
  const he = r.code('heGrade');
  const grade = he === 'minimal' ? 0 : he === undefined ? undefined : Number(he);
  const num = (key: ItemId): number | undefined => {
    const v = values[key];
    return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
  };
  const [sbp, dbp] = [num('systolicBp'), num('diastolicBp')];
  const map = num('meanArterialPressure') ?? (sbp !== undefined && dbp !== undefined ? (sbp + 2 * dbp) / 3 : r.need('meanArterialPressure'));
  const fio2 = r.number('fio2');
  const [pao2, spo2] = [num('pao2'), num('spo2')];
  const measure = pao2 !== undefined ? ('PaO2/FiO2' as const) : spo2 !== undefined ? ('SpO2/FiO2' as const) : r.need('pao2', 'spo2');
  const oxygen = pao2 ?? spo2;
  return {
    bilirubin: umol(r.number('bilirubin')),
    creatinine: umol(r.number('creatinine')),
    renalReplacementTherapy: r.yesNo('renalReplacement'),
    hepaticEncephalopathyGrade: grade,
    inr: r.number('inr'),
    meanArterialPressure: map === undefined ? undefined : { value: map, unit: 'mmHg' as const },
    vasopressors: r.yesNo('vasopressors'),
    // FiO2 is stored in %: the ratios use the fraction (PaO2 80 mmHg on room air → 381).
    respiration: measure === undefined || fio2 === undefined || oxygen === undefined ? undefined : { measure, ratio: oxygen / (fio2 / 100) },
  };
}
