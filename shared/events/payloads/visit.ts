import { z } from 'zod';
import { idSchema, isoDateSchema, textSchema } from '../primitives';

/**
 * Scheduled visits need no start event: their instance id is the protocol visit id. Only
 * repeatable instances are started explicitly, with a fresh instance id in `visitId`.
 */
export const visitStartedPayload = z.strictObject({
  /** The protocol's visit definition this instance follows, e.g. "UNS" or "ET". */
  visitDefId: idSchema,
  kind: z.enum(['unscheduled', 'early-termination']),
  startedOn: isoDateSchema,
});

export const visitStatusChangedPayload = z
  .strictObject({
    status: z.enum(['done', 'not-done']),
    visitDate: isoDateSchema.optional(),
    notDoneReason: textSchema(1000).optional(),
  })
  .refine((p) => p.status !== 'not-done' || p.notDoneReason !== undefined, {
    message: 'a visit not done needs the reason',
    path: ['notDoneReason'],
  })
  .refine((p) => p.status !== 'done' || p.visitDate !== undefined, {
    message: 'a visit done needs its date',
    path: ['visitDate'],
  });
