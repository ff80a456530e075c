/**
 * manifest.json of a blinded extract: a bundle without events.ndjson, made for a blinded person
 * (docs/bundle-format.md, "Blinded extracts"). `blinded: true` is what readers key on: an extract
 * carries no events, so it cannot be imported, restored or merged.
 */
import { z } from 'zod';
import { roleSchema } from '../../events';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, EVENTS_PATH } from '../bundle/format';
import { memberSchema } from '../bundle/manifest';

const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, 'an id is 1-128 letters, digits, ".", "_", ":" or "-"');
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 is 64 lower-case hex digits');

export const blindedExtractManifestSchema = z
  .strictObject({
    format: z.literal(BUNDLE_FORMAT),
    formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
    blinded: z.literal(true),
    bundleId: id,
    createdAt: z.iso.datetime(),
    protocol: z.strictObject({ id: z.string().min(1).max(64), version: z.string().min(1).max(40), contentHash: sha256 }),
    site: id,
    deviceId: id,
    exportedBy: z.strictObject({ userId: id, role: roleSchema }),
    /** Subjects described (current state of each). */
    subjects: z.int().min(0),
    /** Every member but the manifest, in zip order; never events.ndjson. */
    members: z.array(memberSchema).max(1000),
  })
  .superRefine((m, ctx) => {
    m.members.forEach((member, i) => {
      if (member.path === EVENTS_PATH) ctx.addIssue({ code: 'custom', path: ['members', i, 'path'], message: 'a blinded extract carries no events' });
    });
  });

export type BlindedExtractManifest = z.infer<typeof blindedExtractManifestSchema>;
