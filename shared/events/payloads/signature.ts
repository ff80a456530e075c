import { z } from 'zod';
import { idSchema, textSchema } from '../primitives';

export const SIGNATURE_LEVELS = ['form', 'visit', 'casebook'] as const;

/**
 * An electronic signature: the signer's printed name and the meaning of the signature are part of
 * the signed record (21 CFR 11.50). Checking the credential happens before the event is made.
 */
export const signatureAppliedPayload = z.strictObject({
  signatureId: idSchema,
  level: z.enum(SIGNATURE_LEVELS),
  signerName: textSchema(200),
  meaning: textSchema(500),
});

export const signatureVoidedPayload = z.strictObject({ signatureId: idSchema });
