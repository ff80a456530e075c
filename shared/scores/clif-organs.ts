import { z } from 'zod';
import { bilirubinSchema, creatinineSchema, oneOf, positiveNumber, quantity, yesNo } from './input-schemas';
import { snapDecimal } from './rounding';
import { bilirubinInMgPerDl, creatinineInMgPerDl, type MgPerDl } from './units';

/*
 * The six organ systems of the CLIF Consortium Organ Failure score (Jalan R et al., J Hepatol 2014;61:1038),
 * shared by the CLIF-C OF score, the EASL-CLIF ACLF grade and the CLIF-C ACLF score.
 */

export const clifOrganShape = {
  bilirubin: bilirubinSchema,
  creatinine: creatinineSchema,
  renalReplacementTherapy: yesNo,
  /** West Haven grade 0–4. */
  hepaticEncephalopathyGrade: z.literal([0, 1, 2, 3, 4], {
    error: (issue) => (issue.input === undefined ? 'is required' : 'must be a West Haven grade 0, 1, 2, 3 or 4'),
  }),
  inr: positiveNumber,
  meanArterialPressure: quantity(['mmHg']),
  vasopressors: yesNo,
  respiration: z.object(
    { measure: oneOf(['PaO2/FiO2', 'SpO2/FiO2']), ratio: positiveNumber },
    {
      error: (issue) =>
        issue.input === undefined ? 'is required' : 'must be an object { measure: "PaO2/FiO2" | "SpO2/FiO2", ratio }',
    },
  ),
};

type OrganInputsGiven = z.output<z.ZodObject<typeof clifOrganShape>>;

export type Organ = 'liver' | 'kidney' | 'brain' | 'coagulation' | 'circulation' | 'respiration';
export const ORGANS: readonly Organ[] = ['liver', 'kidney', 'brain', 'coagulation', 'circulation', 'respiration'];
export type OrganPoints = 1 | 2 | 3;

export interface ClifOrganInputsUsed {
  readonly bilirubin: MgPerDl;
  readonly creatinine: MgPerDl;
  readonly renalReplacementTherapy: boolean;
  readonly hepaticEncephalopathyGrade: 0 | 1 | 2 | 3 | 4;
  readonly inr: number;
  readonly meanArterialPressure: { readonly value: number; readonly unit: 'mmHg' };
  readonly vasopressors: boolean;
  readonly respiration: { readonly measure: 'PaO2/FiO2' | 'SpO2/FiO2'; readonly ratio: number };
}

export interface OrganAssessment {
  readonly points: Readonly<Record<Organ, OrganPoints>>;
  /** In ORGANS order. Kidney failure starts at 2 points (creatinine ≥ 2 mg/dL); the others at 3. */
  readonly failures: readonly Organ[];
}

export function clifOrganInputs(given: OrganInputsGiven): ClifOrganInputsUsed {
  return {
    ...given,
    bilirubin: bilirubinInMgPerDl(given.bilirubin),
    creatinine: creatinineInMgPerDl(given.creatinine),
    inr: snapDecimal(given.inr),
    meanArterialPressure: { value: snapDecimal(given.meanArterialPressure.value), unit: 'mmHg' },
    respiration: { measure: given.respiration.measure, ratio: snapDecimal(given.respiration.ratio) },
  };
}

// The worse band includes its edge (bilirubin 12, creatinine 2 and 3.5, INR 2.0 and 2.5, PaO2/FiO2 200 and
// 300 score the higher points), as in the one implementation that could be run (clif-04, clif-07, clif-12).
const risingBand = (x: number, from2: number, from3: number): OrganPoints => (x >= from3 ? 3 : x >= from2 ? 2 : 1);
const fallingRatioBand = (ratio: number, upTo3: number, upTo2: number): OrganPoints =>
  ratio <= upTo3 ? 3 : ratio <= upTo2 ? 2 : 1;

function respirationPoints(r: ClifOrganInputsUsed['respiration']): OrganPoints {
  return r.measure === 'PaO2/FiO2' ? fallingRatioBand(r.ratio, 200, 300) : fallingRatioBand(r.ratio, 214, 357);
}

function circulationPoints(x: ClifOrganInputsUsed): OrganPoints {
  if (x.vasopressors) return 3;
  return x.meanArterialPressure.value < 70 ? 2 : 1;
}

export function assessOrgans(x: ClifOrganInputsUsed): OrganAssessment {
  const grade = x.hepaticEncephalopathyGrade;
  const points: Record<Organ, OrganPoints> = {
    liver: risingBand(x.bilirubin.value, 6, 12),
    kidney: x.renalReplacementTherapy ? 3 : risingBand(x.creatinine.value, 2, 3.5),
    brain: grade === 0 ? 1 : grade <= 2 ? 2 : 3,
    coagulation: risingBand(x.inr, 2, 2.5),
    circulation: circulationPoints(x),
    respiration: respirationPoints(x.respiration),
  };
  const failureFrom = (organ: Organ): OrganPoints => (organ === 'kidney' ? 2 : 3);
  return { points, failures: ORGANS.filter((organ) => points[organ] >= failureFrom(organ)) };
}

/** The CLIF-C OF score, 6–18. */
export function organFailureScore(points: Readonly<Record<Organ, OrganPoints>>): number {
  return ORGANS.reduce((sum, organ) => sum + points[organ], 0);
}
