import { z } from 'zod';

/** Rows of repeating forms and form completion carry everything in the envelope's scope. */
export const recordAddedPayload = z.strictObject({});
export const recordRemovedPayload = z.strictObject({});
export const formCompletedPayload = z.strictObject({});
export const formReopenedPayload = z.strictObject({});
