import { snapDecimal } from './rounding';

/** µmol/L per mg/dL (molar mass 584.66 g/mol). MedCalc-Bench's 18.23 comes from a 548.66 typo (vector si-bili). */
export const BILIRUBIN_UMOL_L_PER_MG_DL = 17.1;
/** µmol/L per mg/dL (molar mass 113.12 g/mol). */
export const CREATININE_UMOL_L_PER_MG_DL = 88.4;
/** g/L per g/dL. */
export const ALBUMIN_G_L_PER_G_DL = 10;

export type BilirubinUnit = 'umol/L' | 'mg/dL';
export type CreatinineUnit = 'umol/L' | 'mg/dL';
export type AlbuminUnit = 'g/L' | 'g/dL';

export interface Quantity<U extends string> {
  readonly value: number;
  readonly unit: U;
}

/** The formulas' own units: the shape of the `inputs` every score reports. */
export type MgPerDl = Quantity<'mg/dL'>;
export type GPerDl = Quantity<'g/dL'>;

// Conversions snap to 12 significant digits so 51.3 µmol/L is exactly 3 mg/dL, not 2.9999999999999996,
// and lands on the band edge the clinician meant.
export function bilirubinInMgPerDl(q: Quantity<BilirubinUnit>): MgPerDl {
  const value = q.unit === 'mg/dL' ? q.value : q.value / BILIRUBIN_UMOL_L_PER_MG_DL;
  return { value: snapDecimal(value), unit: 'mg/dL' };
}

export function creatinineInMgPerDl(q: Quantity<CreatinineUnit>): MgPerDl {
  const value = q.unit === 'mg/dL' ? q.value : q.value / CREATININE_UMOL_L_PER_MG_DL;
  return { value: snapDecimal(value), unit: 'mg/dL' };
}

export function albuminInGPerDl(q: Quantity<AlbuminUnit>): GPerDl {
  const value = q.unit === 'g/dL' ? q.value : q.value / ALBUMIN_G_L_PER_G_DL;
  return { value: snapDecimal(value), unit: 'g/dL' };
}
