import { z } from 'zod';
import { MissingReasonCode } from '../../catalogue/missing-reasons';
import { textSchema } from '../primitives';

/**
 * A parsed item value: a number (quantities, in the item's stored unit), text, a choice code,
 * an ISO date or date-time, yes/no, or the codes of a multiple choice.
 */
export const itemValueSchema = z.union([z.number(), z.string().max(4000), z.boolean(), z.array(z.string().max(200)).max(100)]);
export type ItemValue = z.infer<typeof itemValueSchema>;

export const itemValueSetPayload = z.strictObject({
  /** Exactly what the user typed, kept for source-data verification. */
  entered: z.string().max(4000),
  /** The unit the user typed in, when it differs from the stored unit (e.g. mg/dL). */
  enteredUnit: z.string().min(1).max(32).optional(),
  value: itemValueSchema,
  /** The unit of `value`: the catalogue's stored (SI) unit. */
  unit: z.string().min(1).max(32).optional(),
  /** A result below or above the assay's limit: `value` is then the limit ("<20"). */
  qualifier: z.enum(['<', '>']).optional(),
  /** The user confirmed a value outside the soft range. */
  softRangeConfirmed: z.literal(true).optional(),
});

/**
 * Why a value is missing, stored apart from the value (never coded as one). Codes follow HL7
 * NullFlavor / CDISC NOT DONE; the form layer decides which codes a field allows.
 */
export const itemMissingReasonSetPayload = z.strictObject({
  code: MissingReasonCode,
  note: textSchema(1000).optional(),
});

export const itemClearedPayload = z.strictObject({});
