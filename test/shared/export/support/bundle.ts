import { unzipSync, zipSync, strFromU8, strToU8, Zip, ZipPassThrough } from 'fflate';
import type { CrfEvent } from '../../../../shared/events';
import {
  buildBundle,
  memorySource,
  protocolIdentity,
  type BuildBundleInput,
  type BundleManifest,
  type BundleSource,
} from '../../../../shared/export';
import type { Protocol } from '../../../../shared/protocol';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/** A full bundle's input for `protocol` over an in-memory log; fields of `overrides` replace defaults. */
export function bundleInput(protocol: Protocol, source: BundleSource, overrides: Partial<BuildBundleInput> = {}): BuildBundleInput {
  return {
    bundleId: 'bundle-0001',
    kind: 'full',
    createdAt: '2025-03-10T09:00:00.000Z',
    today: '2025-03-10',
    protocol,
    site: '03',
    deviceId: 'dev-a',
    exportedBy: { userId: 'u-dm', role: 'data-manager' },
    source,
    app: { name: 'bedside-ecrf', version: '0.1.0' },
    ...overrides,
  };
}

export interface Built {
  readonly bytes: Uint8Array;
  readonly manifest: BundleManifest;
  readonly chunks: number;
}

export const concat = (chunks: readonly Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
};

/** Builds a bundle into memory; fails the test when the build fails. */
export async function build(input: BuildBundleInput): Promise<Built> {
  const chunks: Uint8Array[] = [];
  const result = await buildBundle(input, (chunk) => {
    chunks.push(chunk);
  });
  if (!result.ok) throw new Error(`bundle build failed: ${JSON.stringify(result.issues)}`);
  return { bytes: concat(chunks), manifest: result.value, chunks: chunks.length };
}

export const buildFull = (protocol: Protocol, log: readonly CrfEvent[], overrides: Partial<BuildBundleInput> = {}) =>
  build(bundleInput(protocol, memorySource(log), overrides));

export const knownProtocols = (protocol: Protocol) => ({ protocols: [protocolIdentity(protocol)] });

/** The members of a bundle, uncompressed, in zip order. */
export const membersOf = (bytes: Uint8Array): Record<string, Uint8Array> => unzipSync(bytes);

/** A zip of these members in this order (stored, so a test can reason about the bytes). */
export function rezip(members: Record<string, Uint8Array>): Uint8Array {
  return zipSync(members, { level: 0 });
}

/** A zip that may hold the same name twice, which zipSync (an object of members) cannot make. */
export function zipEntries(entries: readonly [string, Uint8Array][]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error !== null) throw error;
    chunks.push(chunk);
  });
  for (const [name, data] of entries) {
    const file = new ZipPassThrough(name);
    file.mtime = new Date('2025-03-10T09:00:00.000Z');
    zip.add(file);
    file.push(data, true);
  }
  zip.end();
  return concat(chunks);
}

export const manifestOf = (members: Record<string, Uint8Array>): BundleManifest => JSON.parse(strFromU8(members['manifest.json'] ?? new Uint8Array())) as BundleManifest;

/** Members with the manifest replaced by `edit(manifest)`. */
export function withManifest(members: Record<string, Uint8Array>, edit: (m: Record<string, unknown>) => void): Record<string, Uint8Array> {
  const manifest = JSON.parse(strFromU8(members['manifest.json'] ?? new Uint8Array())) as Record<string, unknown>;
  edit(manifest);
  return { ...members, 'manifest.json': strToU8(JSON.stringify(manifest, null, 2)) };
}

/** Members where `path` is replaced and the manifest's size and hash for it recomputed (a careful forger). */
export function forge(members: Record<string, Uint8Array>, path: string, content: Uint8Array): Record<string, Uint8Array> {
  return withManifest({ ...members, [path]: content }, (m) => {
    const list = m['members'] as { path: string; bytes: number; sha256: string }[];
    const entry = list.find((x) => x.path === path);
    if (entry === undefined) throw new Error(`no member ${path}`);
    entry.bytes = content.length;
    entry.sha256 = bytesToHex(sha256(content));
  });
}
