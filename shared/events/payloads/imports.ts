import { z } from 'zod';
import { idSchema, sha256HexSchema, textSchema } from '../primitives';

/**
 * Imported documents are referenced by content hash; the text itself is kept beside the log,
 * content-addressed, so events stay small and a document can never change under its event.
 */
export const protocolImportedPayload = z.strictObject({
  contentHash: sha256HexSchema,
  title: textSchema(500),
});

export const allocationImportedPayload = z.strictObject({
  listId: idSchema,
  contentHash: sha256HexSchema,
  stage: z.int().min(1).max(9),
  entryCount: z.int().min(1),
});
