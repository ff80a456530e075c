/**
 * manifest.json: what a bundle holds and how to check it. The zod schema is the format's definition;
 * the types are inferred from it. Written last in the zip because it holds every other member's hash.
 */
import { z } from 'zod';
import { GENESIS_HASH, roleSchema } from '../../events';
import { POLICY_ROLES } from '../../policy/roles';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, FIXED_MEMBERS } from './format';

// The same shapes as shared/events' primitives (ids, hashes, seqs), which that area keeps internal.
const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, 'an id is 1-128 letters, digits, ".", "_", ":" or "-"');
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 is 64 lower-case hex digits');
const seq = z.int().min(1);

/** One device's part of the bundle: an unbroken segment of its hash chain. */
export const chainRangeSchema = z
  .strictObject({
    deviceId: id,
    fromSeq: seq,
    toSeq: seq,
    /** prevHash of event fromSeq: the head this segment continues (all zeros from seq 1). */
    afterHash: sha256,
    /** hash of event toSeq: the device's chain head as far as this bundle goes. */
    headHash: sha256,
  })
  .refine((r) => r.fromSeq <= r.toSeq, { path: ['toSeq'], message: 'toSeq is before fromSeq' })
  .refine((r) => r.fromSeq !== 1 || r.afterHash === GENESIS_HASH, { path: ['afterHash'], message: 'a chain from seq 1 continues the genesis hash' });

export const memberSchema = z.strictObject({
  path: z
    .string()
    .regex(/^(events\.ndjson|odm\.xml|csv\/[A-Za-z][A-Za-z0-9_-]{0,47}\.csv)$/, 'a member is events.ndjson, odm.xml or csv/<name>.csv'),
  /** Uncompressed size. */
  bytes: z.int().min(0),
  sha256,
});

/**
 * A person named in the events (by userId): the display name and role of their account on the
 * exporting laptop, or as that laptop learned them from a bundle it imported. Names are not
 * unblinding; events carry only the id, so without this a receiving laptop shows bare ids.
 */
export const bundlePersonSchema = z.strictObject({
  userId: id,
  displayName: z.string().trim().min(1).max(200),
  /** The account's role (an administrator's account too, though administrators write no events). */
  role: z.enum(POLICY_ROLES),
});

export const bundleManifestSchema = z
  .strictObject({
    format: z.literal(BUNDLE_FORMAT),
    /** Version 1 bundles (no `people`) still read; this app writes BUNDLE_FORMAT_VERSION. */
    formatVersion: z.union([z.literal(1), z.literal(BUNDLE_FORMAT_VERSION)]),
    bundleId: id,
    kind: z.enum(['full', 'incremental']),
    createdAt: z.iso.datetime(),
    protocol: z.strictObject({
      id: z.string().min(1).max(64),
      version: z.string().min(1).max(40),
      contentHash: sha256,
    }),
    /** The exporting device's site. */
    site: id,
    deviceId: id,
    exportedBy: z.strictObject({ userId: id, role: roleSchema }),
    /** The bundle this one follows from the same device (null for a device's first). */
    previousBundleId: id.nullable(),
    /** Sorted by deviceId. */
    chains: z.array(chainRangeSchema).max(100_000),
    /** Every member but the manifest, in zip order. */
    members: z.array(memberSchema).max(1000),
    /** Since version 2, optional: the people the carried events name, sorted by userId. */
    people: z.array(bundlePersonSchema).max(100_000).optional(),
  })
  .superRefine((m, ctx) => {
    if (m.kind === 'incremental' && m.previousBundleId === null) {
      ctx.addIssue({ code: 'custom', path: ['previousBundleId'], message: 'an incremental bundle names the bundle it follows' });
    }
    m.chains.forEach((c, i) => {
      if (m.kind === 'full' && c.fromSeq !== 1) ctx.addIssue({ code: 'custom', path: ['chains', i, 'fromSeq'], message: 'a full bundle carries every chain from seq 1' });
      const previous = m.chains[i - 1];
      if (previous !== undefined && previous.deviceId >= c.deviceId) {
        ctx.addIssue({ code: 'custom', path: ['chains', i, 'deviceId'], message: 'chains are sorted by device id, each device once' });
      }
    });
    if (m.people !== undefined && m.formatVersion < 2) {
      ctx.addIssue({ code: 'custom', path: ['people'], message: 'a version 1 manifest has no people' });
    }
    m.people?.forEach((p, i) => {
      const previous = m.people?.[i - 1];
      if (previous !== undefined && previous.userId >= p.userId) {
        ctx.addIssue({ code: 'custom', path: ['people', i, 'userId'], message: 'people are sorted by user id, each person once' });
      }
    });
    const paths = m.members.map((x) => x.path);
    paths.forEach((p, i) => {
      if (paths.indexOf(p) !== i) ctx.addIssue({ code: 'custom', path: ['members', i, 'path'], message: `${p} is listed twice` });
    });
    for (const required of FIXED_MEMBERS) {
      if (!paths.includes(required)) ctx.addIssue({ code: 'custom', path: ['members'], message: `${required} is not listed` });
    }
  });

export type BundleManifest = z.infer<typeof bundleManifestSchema>;
export type ChainRange = z.infer<typeof chainRangeSchema>;
export type BundleMember = z.infer<typeof memberSchema>;
export type BundleKind = BundleManifest['kind'];
export type BundlePerson = z.infer<typeof bundlePersonSchema>;
