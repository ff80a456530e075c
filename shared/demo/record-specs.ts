/**
 * Rows of the repeating forms: adverse events, concomitant medications and decompensation events, as the
 * site would log them. Terms are English (MedDRA-style) as coded at the sites.
 */
import { formatLocalDate } from '../schedule';
import type { Random } from './random';

export interface AdverseEventSpec {
  readonly term: string;
  readonly start: number;
  readonly end?: number;
  readonly grade: '1' | '2' | '3' | '4' | '5';
  readonly serious: boolean;
  readonly related: string;
  readonly action: string;
  readonly outcome: string;
  readonly fatal: boolean;
}

export interface ConmedSpec {
  readonly term: string;
  readonly indication: string;
  readonly dose: string;
  readonly start: number;
}

export interface DecompensationSpec {
  readonly term: string;
  readonly start: number;
  readonly basis: string;
  readonly severity: 'MILD' | 'MODERATE' | 'SEVERE';
}

export type RecordSpec =
  | { readonly form: 'adverse-events'; readonly spec: AdverseEventSpec }
  | { readonly form: 'conmeds'; readonly spec: ConmedSpec }
  | { readonly form: 'decompensation'; readonly spec: DecompensationSpec };

const MILD_TERMS = ['Pyrexia', 'Fatigue', 'Nausea', 'Diarrhoea', 'Rash', 'Pruritus', 'Abdominal pain', 'Hypokalaemia', 'Insomnia', 'Peripheral oedema', 'Upper respiratory tract infection', 'Headache'];
const SERIOUS_TERMS = ['Spontaneous bacterial peritonitis', 'Hepatic encephalopathy', 'Upper gastrointestinal haemorrhage', 'Acute kidney injury', 'Pneumonia', 'Sepsis'];

export function adverseEvent(rng: Random, from: number, visitDay: number, serious: boolean): AdverseEventSpec {
  const start = rng.int(from, visitDay);
  const ongoing = rng.chance(0.35);
  const end = ongoing ? undefined : Math.min(visitDay, start + rng.int(0, 10));
  return {
    term: rng.pick(serious ? SERIOUS_TERMS : MILD_TERMS),
    start,
    ...(end === undefined ? {} : { end }),
    grade: serious ? rng.pick(['3', '3', '4'] as const) : rng.pick(['1', '1', '2'] as const),
    serious,
    related: rng.weighted([
      ['NOT RELATED', 5],
      ['UNLIKELY RELATED', 3],
      ['POSSIBLY RELATED', 1.5],
      ['RELATED', 0.3],
    ]),
    action: rng.chance(0.7) ? 'NOT APPLICABLE' : 'DOSE NOT CHANGED',
    outcome: ongoing ? rng.pick(['NOT RECOVERED/NOT RESOLVED', 'RECOVERING/RESOLVING']) : 'RECOVERED/RESOLVED',
    fatal: false,
  };
}

/** The adverse event a death is recorded with: grade 5, fatal, serious (results in death). */
export function fatalAdverseEvent(rng: Random, day: number): AdverseEventSpec {
  return {
    term: rng.pick(['Hepatic failure', 'Multiple organ dysfunction syndrome', 'Septic shock', 'Variceal haemorrhage']),
    start: day - rng.int(0, 3),
    end: day,
    grade: '5',
    serious: true,
    related: 'NOT RELATED',
    action: 'NOT APPLICABLE',
    outcome: 'FATAL',
    fatal: true,
  };
}

const CONMEDS: readonly (readonly [string, string, string])[] = [
  ['Entecavir', 'Chronic hepatitis B', '0.5 mg qd'],
  ['Tenofovir alafenamide', 'Chronic hepatitis B', '25 mg qd'],
  ['Spironolactone', 'Ascites', '40 mg qd'],
  ['Furosemide', 'Ascites', '20 mg qd'],
  ['Lactulose', 'Hepatic encephalopathy prophylaxis', '15 mL tid'],
  ['Propranolol', 'Variceal bleeding prophylaxis', '10 mg bid'],
  ['Rifaximin', 'Hepatic encephalopathy prophylaxis', '400 mg tid'],
  ['Ursodeoxycholic acid', 'Cholestasis', '250 mg tid'],
  ['Glycyrrhizin', 'Liver inflammation', '150 mg qd'],
];

export function conmed(rng: Random, before: number): ConmedSpec {
  const [term, indication, dose] = rng.pick(CONMEDS);
  return { term, indication, dose, start: before - rng.int(1, 400) };
}

const DECOMPENSATIONS = ['ASCITES', 'VARICEAL_BLEEDING', 'OVERT_HE', 'SBP', 'HRS_AKI', 'JAUNDICE'];

export function decompensation(rng: Random, from: number, visitDay: number): DecompensationSpec {
  return {
    term: rng.pick(DECOMPENSATIONS),
    start: rng.int(from, visitDay),
    basis: rng.pick(['Clinical examination and ultrasound', 'Endoscopy', 'Diagnostic paracentesis', 'Clinical examination']),
    severity: rng.pick(['MILD', 'MODERATE', 'MODERATE', 'SEVERE'] as const),
  };
}

export const dateText = (day: number): string => formatLocalDate(day);
