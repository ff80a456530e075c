import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import {
  ALBUMIN_G_L_PER_G_DL,
  BILIRUBIN_UMOL_L_PER_MG_DL,
  CREATININE_UMOL_L_PER_MG_DL,
} from '../../../shared/scores';

/*
 * Loads ../shared/reference/score-vectors.json (relative to the repo root) and turns each case's snake_case
 * inputs into the library's argument shapes. Any field it cannot map throws, so a renamed or new field
 * fails the run instead of silently skipping a case.
 */

const repoRoot = new URL('../../../', import.meta.url);
const vectorsFile = fileURLToPath(new URL('../shared/reference/score-vectors.json', repoRoot));

const vectorSchema = z.object({
  id: z.string(),
  score: z.string(),
  inputs: z.record(z.string(), z.unknown()),
  expected: z.unknown(),
  note: z.string().optional(),
});
export type ScoreVector = z.infer<typeof vectorSchema>;

export const scoreVectors: readonly ScoreVector[] = z.array(vectorSchema).parse(JSON.parse(readFileSync(vectorsFile, 'utf8')));

export const vectorsFor = (score: string): readonly ScoreVector[] => scoreVectors.filter((v) => v.score === score);

function field<T extends z.ZodType>(v: ScoreVector, key: string, schema: T): z.output<T> {
  const parsed = schema.safeParse(v.inputs[key]);
  if (!parsed.success) throw new Error(`vector ${v.id}: input ${key} is missing or not as expected`);
  return parsed.data;
}

const has = (v: ScoreVector, key: string): boolean => v.inputs[key] !== undefined;

/** Which unit system to feed: the one the vector is written in, or the other one. */
export type UnitSystem = 'as-given' | 'converted';

type Lab = { value: number; unit: string };

function lab(v: ScoreVector, name: string, conventional: string, si: string, factor: number, system: UnitSystem): Lab {
  const convKey = `${name}_${conventional.replace('/', '_')}`;
  const siKey = `${name}_${si.replace('/', '_')}`;
  if (has(v, convKey)) {
    const value = field(v, convKey, z.number());
    return system === 'as-given' ? { value, unit: conventional } : { value: value * factor, unit: si };
  }
  const value = field(v, siKey, z.number());
  return system === 'as-given' ? { value, unit: si } : { value: value / factor, unit: conventional };
}

export const bilirubinOf = (v: ScoreVector, s: UnitSystem) => lab(v, 'bilirubin', 'mg/dL', 'umol/L', BILIRUBIN_UMOL_L_PER_MG_DL, s);
export const creatinineOf = (v: ScoreVector, s: UnitSystem) => lab(v, 'creatinine', 'mg/dL', 'umol/L', CREATININE_UMOL_L_PER_MG_DL, s);
export const albuminOf = (v: ScoreVector, s: UnitSystem) => lab(v, 'albumin', 'g/dL', 'g/L', ALBUMIN_G_L_PER_G_DL, s);

export function meldArgs(v: ScoreVector, s: UnitSystem) {
  return {
    bilirubin: bilirubinOf(v, s),
    creatinine: creatinineOf(v, s),
    inr: field(v, 'inr', z.number()),
    dialysisTwiceInPastWeek: field(v, 'dialysis_ge2_times_in_prior_7_days', z.boolean()),
  };
}

export function meldNaArgs(v: ScoreVector, s: UnitSystem) {
  return { ...meldArgs(v, s), sodium: { value: field(v, 'sodium_mmol_L', z.number()), unit: 'mmol/L' } };
}

export function meld3Args(v: ScoreVector, s: UnitSystem) {
  const sex = has(v, 'female')
    ? field(v, 'female', z.boolean()) ? 'female' : 'male'
    : field(v, 'sex', z.enum(['female', 'male']));
  return { ...meldNaArgs(v, s), albumin: albuminOf(v, s), sex };
}

const GRADE_WORDS: Readonly<Record<string, string>> = {
  absent: 'none',
  none: 'none',
  slight: 'slight',
  mild: 'slight',
  moderate: 'moderate',
  severe: 'moderate',
  grade_1_2: 'grade1-2',
  grade_3_4: 'grade3-4',
};

function graded(v: ScoreVector, key: string): string {
  const word = GRADE_WORDS[field(v, key, z.string())];
  if (word === undefined) throw new Error(`vector ${v.id}: unknown ${key} ${String(v.inputs[key])}`);
  return word;
}

export function childPughArgs(v: ScoreVector, s: UnitSystem) {
  return {
    bilirubin: bilirubinOf(v, s),
    albumin: albuminOf(v, s),
    inr: field(v, 'inr', z.number()),
    ascites: graded(v, 'ascites'),
    encephalopathy: graded(v, 'encephalopathy'),
  };
}

export const childPughExpected = (v: ScoreVector) =>
  z.object({ score: z.number().int(), class: z.enum(['A', 'B', 'C']) }).parse(v.expected);

const RATIO_MEASURE = { pao2_fio2: 'PaO2/FiO2', spo2_fio2: 'SpO2/FiO2' } as const;

export function clifArgs(v: ScoreVector, s: UnitSystem) {
  const grade = /^grade_([0-4])$/.exec(field(v, 'hepatic_encephalopathy_west_haven', z.string()));
  if (grade?.[1] === undefined) throw new Error(`vector ${v.id}: unknown West Haven grade`);
  return {
    bilirubin: bilirubinOf(v, s),
    creatinine: creatinineOf(v, s),
    renalReplacementTherapy: field(v, 'renal_replacement_therapy', z.boolean()),
    hepaticEncephalopathyGrade: Number(grade[1]),
    inr: field(v, 'inr', z.number()),
    meanArterialPressure: { value: field(v, 'map_mmHg', z.number()), unit: 'mmHg' },
    vasopressors: field(v, 'vasopressors', z.boolean()),
    respiration: {
      measure: RATIO_MEASURE[field(v, 'respiratory_ratio_type', z.enum(['pao2_fio2', 'spo2_fio2']))],
      ratio: field(v, 'respiratory_ratio_value', z.number()),
    },
    ageYears: field(v, 'age_years', z.number()),
    whiteCellCount: { value: field(v, 'wbc_10e9_L', z.number()), unit: '10^9/L' },
  };
}

export const clifExpected = (v: ScoreVector) =>
  z
    .object({ clif_c_of: z.number().int(), clif_c_aclf: z.number(), clif_c_aclf_rounded_integer: z.number().int() })
    .parse(v.expected);

export const integerExpected = (v: ScoreVector): number => z.number().int().parse(v.expected);
export const numericExpected = (v: ScoreVector): number => z.number().parse(v.expected);

export const siConversionInput = (v: ScoreVector): number => field(v, 'value_mg_dL', z.number());
