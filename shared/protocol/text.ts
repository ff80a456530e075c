/**
 * Bilingual text and assumption notes: the two kinds of prose a protocol definition carries.
 */
import { z } from 'zod';

/** Every label a user sees exists in English and Simplified Chinese (the trials run in Chinese hospitals). */
export const Bilingual = z
  .strictObject({
    en: z.string().trim().min(1).max(2000),
    zh: z.string().trim().min(1).max(2000),
  })
  .meta({ id: 'Bilingual', description: 'Text in English (en) and Simplified Chinese (zh).' });
export type Bilingual = z.infer<typeof Bilingual>;

/**
 * Where an assumption comes from: a flag of the domain reference (F1–F24: a place where the trial
 * document is silent, ambiguous or inconsistent) or a section of it (e.g. §4 visit windows).
 */
export const AssumptionSource = z
  .string()
  .regex(/^(F[1-9][0-9]?|§[1-9](\.[0-9]+)*)$/, 'must be a domain flag such as "F1" or a section such as "§4"')
  .meta({ description: 'Domain-reference flag ("F1"…"F24") or section ("§4") behind the assumption.' });

/**
 * An element the trial document does not state, filled in so the CRF can be built. A sponsor must
 * confirm it: the README of seeds/ lists them all, and the UI may badge assumed elements.
 */
export const Assumption = z
  .strictObject({ flag: AssumptionSource, en: z.string().trim().min(1), zh: z.string().trim().min(1) })
  .meta({ id: 'Assumption', description: 'An element the trial document does not state; the sponsor must confirm it.' });
export type Assumption = z.infer<typeof Assumption>;

export const Assumptions = z.array(Assumption).min(1).optional();
