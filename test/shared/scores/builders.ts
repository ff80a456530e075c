import type { Quantity, ScoreFailure, ScoreProblem } from '../../../shared/scores';

/* Argument builders with sensible defaults (normal labs, conventional units), so each test states only what it varies. */

export const mgPerDl = (value: number): Quantity<'mg/dL'> => ({ value, unit: 'mg/dL' });
export const umolPerL = (value: number): Quantity<'umol/L'> => ({ value, unit: 'umol/L' });
export const gPerDl = (value: number): Quantity<'g/dL'> => ({ value, unit: 'g/dL' });
export const gPerL = (value: number): Quantity<'g/L'> => ({ value, unit: 'g/L' });
export const mmolPerL = (value: number): Quantity<'mmol/L'> => ({ value, unit: 'mmol/L' });

export const aMeldInput = (overrides: Record<string, unknown> = {}) => ({
  bilirubin: mgPerDl(1),
  creatinine: mgPerDl(1),
  inr: 1,
  dialysisTwiceInPastWeek: false,
  ...overrides,
});

export const aMeldNaInput = (overrides: Record<string, unknown> = {}) =>
  aMeldInput({ sodium: mmolPerL(137), ...overrides });

export const aMeld3Input = (overrides: Record<string, unknown> = {}) =>
  aMeldInput({ sodium: mmolPerL(137), albumin: gPerDl(3.5), sex: 'male', ...overrides });

export const aChildPughInput = (overrides: Record<string, unknown> = {}) => ({
  bilirubin: mgPerDl(1),
  albumin: gPerDl(4),
  inr: 1,
  ascites: 'none',
  encephalopathy: 'none',
  ...overrides,
});

export const aClifInput = (overrides: Record<string, unknown> = {}) => ({
  bilirubin: mgPerDl(1),
  creatinine: mgPerDl(1),
  renalReplacementTherapy: false,
  hepaticEncephalopathyGrade: 0,
  inr: 1.2,
  meanArterialPressure: { value: 80, unit: 'mmHg' },
  vasopressors: false,
  respiration: { measure: 'PaO2/FiO2', ratio: 400 },
  ...overrides,
});

export const aClifCAclfInput = (overrides: Record<string, unknown> = {}) =>
  aClifInput({ ageYears: 50, whiteCellCount: { value: 8, unit: '10^9/L' }, ...overrides });

/** Narrows a score result to its success branch, failing the test with the problems otherwise. */
export function success<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`expected a score, got ${JSON.stringify(result)}`);
  return result as Extract<T, { ok: true }>;
}

export function problemsOf(result: { readonly ok: true } | ScoreFailure): readonly ScoreProblem[] {
  if (result.ok) throw new Error(`expected problems, got ${JSON.stringify(result)}`);
  return result.problems;
}
