import { z } from 'zod';
import { idSchema, textSchema } from '../primitives';

export const queryOpenedPayload = z.strictObject({
  queryId: idSchema,
  text: textSchema(2000),
  /** Raised by the app (range check, missing data, import conflict) rather than by a person. */
  system: z.boolean(),
});

export const queryAnsweredPayload = z.strictObject({ queryId: idSchema, text: textSchema(2000) });
export const queryClosedPayload = z.strictObject({ queryId: idSchema, text: textSchema(2000).optional() });
export const queryReopenedPayload = z.strictObject({ queryId: idSchema, text: textSchema(2000) });
