/**
 * Identifier shapes. Ids become ODM OIDs (see oids.ts), so they are restricted to characters every
 * ODM consumer accepts and never contain the "." that separates OID parts.
 */
import { z } from 'zod';

const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,47}$/;

/** An id local to one protocol: arm, visit, form, endpoint or criterion. */
export const LocalId = z
  .string()
  .regex(ID_PATTERN, 'must start with a letter and use only letters, digits, "-" and "_" (at most 48)');

/** The key of a catalogue item; whether it exists is checked against the catalogue, not here. */
export const ItemRef = z.string().min(1).max(64);

/**
 * Derived scores a protocol may name, computed by shared/scores (the keys of its FORMULA table;
 * test/shared/protocol keeps the two lists equal).
 */
export const DERIVED_SCORE_IDS = [
  'meld',
  'meldNa',
  'meld3',
  'childPugh',
  'meldNct05121870',
  'meldInclusionNct03668171',
  'clifCOf',
  'aclfGrade',
  'clifCAclf',
] as const;
export const DerivedScoreId = z.enum(DERIVED_SCORE_IDS);
export type DerivedScoreId = z.infer<typeof DerivedScoreId>;

const REGISTRY_ID_MESSAGE = 'must be an NCT number such as "NCT01234567", or "pending"';

/** "pending" when the trial has no registry number yet (the ESLD dose trial, domain flag F19). */
export const RegistryId = z
  .union([z.string().regex(/^NCT[0-9]{8}$/, REGISTRY_ID_MESSAGE), z.literal('pending')], {
    error: (issue) => (issue.input === undefined ? 'is required (string)' : REGISTRY_ID_MESSAGE),
  })
  .meta({ description: 'ClinicalTrials.gov number, or "pending" when the trial has none yet.' });

export const ProtocolVersion = z
  .string()
  .regex(/^[0-9A-Za-z][0-9A-Za-z.+-]{0,39}$/, 'must be a version such as "1.0" or "0.1-draft"');
