import { z } from 'zod';
import { idSchema, isoInstantSchema, seqSchema, sha256HexSchema, textSchema } from './primitives';

/**
 * Who may act in the app. Permissions per role are a policy layer above the store (a later issue);
 * the store records the role an event was made under so the audit trail shows it.
 */
export const ROLES = ['nurse', 'investigator', 'monitor', 'data-manager', 'pharmacist'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** prevHash of the first event of every device's chain. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * Per device, the highest seq this device had stored when it made the event. Chains are stored
 * without gaps, so this names the event's whole ancestry: the basis of exact conflict detection.
 */
export const knownHeadsSchema = z.record(idSchema, seqSchema);
export type KnownHeads = z.infer<typeof knownHeadsSchema>;

/** Envelope fields every event carries; scope fields are narrowed per event type. */
export const envelopeShape = {
  id: idSchema,
  deviceId: idSchema,
  userId: idSchema,
  role: roleSchema,
  at: isoInstantSchema,
  protocolId: idSchema,
  protocolVersion: z.string().min(1).max(32),
  subjectId: idSchema.optional(),
  /** A visit *instance*: the protocol visit id for scheduled visits, a fresh id for repeatable ones. */
  visitId: idSchema.optional(),
  formId: idSchema.optional(),
  /** A row of a repeating form (AE log, concomitant medication). */
  recordId: idSchema.optional(),
  itemId: idSchema.optional(),
  /** Reason for change, required by the domain rules when data that was already settled changes. */
  reason: textSchema(1000).optional(),
  knownHeads: knownHeadsSchema.optional(),
};

/** Fields the sealer adds: position in the device's chain and the hashes linking it. */
export const chainShape = {
  seq: seqSchema,
  prevHash: sha256HexSchema,
  hash: sha256HexSchema,
};
export const chainFieldsSchema = z.strictObject(chainShape);
export type ChainFields = z.infer<typeof chainFieldsSchema>;

/** The last event of a device's chain, as far as one store knows it. */
export interface ChainHead {
  readonly deviceId: string;
  readonly seq: number;
  readonly hash: string;
}
