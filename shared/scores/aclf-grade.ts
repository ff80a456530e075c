import type { z } from 'zod';
import { assessOrgans, clifOrganInputs, clifOrganShape, type ClifOrganInputsUsed, type Organ } from './clif-organs';
import { FORMULA } from './formulas';
import { scoreArgument } from './input-schemas';
import { scoreFailure, type ScoreOutcome } from './outcome';
import { parseInput } from './parse-input';

const aclfGradeArgument = scoreArgument(clifOrganShape);

export type AclfGradeInput = z.input<typeof aclfGradeArgument>;

/** 0 means no ACLF. */
export type AclfGradeValue = 0 | 1 | 2 | 3;

export type AclfGradeResult = ScoreOutcome<{
  readonly grade: AclfGradeValue;
  readonly label: 'No ACLF' | 'ACLF grade 1' | 'ACLF grade 2' | 'ACLF grade 3';
  readonly organFailures: readonly Organ[];
  readonly kidneyDysfunction: boolean;
  readonly brainDysfunction: boolean;
  readonly formula: typeof FORMULA.aclfGrade;
  readonly inputs: ClifOrganInputsUsed;
}>;

const LABELS = ['No ACLF', 'ACLF grade 1', 'ACLF grade 2', 'ACLF grade 3'] as const;

function gradeOf(failures: readonly Organ[], kidneyDysfunction: boolean, brainDysfunction: boolean): AclfGradeValue {
  if (failures.length >= 3) return 3;
  if (failures.length === 2) return 2;
  const [single] = failures;
  if (single === undefined) return 0;
  if (single === 'kidney') return 1;
  if (single === 'brain') return kidneyDysfunction ? 1 : 0;
  return kidneyDysfunction || brainDysfunction ? 1 : 0;
}

/**
 * EASL-CLIF ACLF grade (Moreau R et al., Gastroenterology 2013) from the CLIF-C OF organ failures:
 * grade 1 is a single kidney failure, a single brain failure with creatinine 1.5–1.9 mg/dL, or a single
 * liver, coagulation, circulation or respiration failure with creatinine 1.5–1.9 mg/dL and/or HE grade 1–2;
 * grade 2 is two organ failures, grade 3 three or more. "1.5–1.9" is read as 1.5 ≤ creatinine < 2.0 so no
 * value falls between it and kidney failure.
 * @param input an {@link AclfGradeInput} (the CLIF-C OF inputs); anything else yields problems, never a throw.
 */
export function aclfGrade(input: unknown): AclfGradeResult {
  const parsed = parseInput(aclfGradeArgument, input);
  if (!parsed.ok) return scoreFailure(parsed.problems);
  const inputs = clifOrganInputs(parsed.value);
  const { failures } = assessOrgans(inputs);
  const creatinine = inputs.creatinine.value;
  const kidneyDysfunction = !inputs.renalReplacementTherapy && creatinine >= 1.5 && creatinine < 2;
  const grade = inputs.hepaticEncephalopathyGrade;
  const brainDysfunction = grade === 1 || grade === 2;
  const value = gradeOf(failures, kidneyDysfunction, brainDysfunction);
  return {
    ok: true,
    grade: value,
    label: LABELS[value],
    organFailures: failures,
    kidneyDysfunction,
    brainDysfunction,
    formula: FORMULA.aclfGrade,
    inputs,
  };
}
