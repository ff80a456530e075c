import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { importBundle } from '../../../renderer/db/bundle-import';
import { buildExtract } from '../../../renderer/features/bundles/build-extract';
import type { Store } from '../../../renderer/db';
import { readBundle, type BundleIssue, type ReadBundleOptions } from '../../../shared/export';
import type { ImportRefusal } from '../../../renderer/db/bundle-import';
import { DATA_MANAGER, KNOWN, TRIAL, enrol, expectOk, exportFrom, freshStore, read, setBilirubin } from '../features/bundles/support/bundles';
import { storeDigest, storeDump } from './support/store-digest';

/**
 * Every kind of bad file a data manager may be handed is refused with a clear error, and the store is
 * left exactly as it was: the digest of every table is the same before and after. The attempt goes the
 * way the Import panel goes: verify the whole file (readBundle), then import in one transaction.
 */
type Attempt =
  | { readonly stage: 'read'; readonly issues: readonly BundleIssue[] }
  | { readonly stage: 'import'; readonly refusal: ImportRefusal }
  | { readonly stage: 'imported' };

async function attemptImport(store: Store, bytes: Uint8Array, known: ReadBundleOptions = KNOWN): Promise<Attempt> {
  const verified = readBundle(bytes, known);
  if (!verified.ok) return { stage: 'read', issues: verified.issues };
  const imported = await importBundle(store, verified.value, DATA_MANAGER);
  return imported.ok ? { stage: 'imported' } : { stage: 'import', refusal: imported.issues };
}

/** The one error a person is shown: a code and a path, in words, with no stack trace. */
function readError(attempt: Attempt): BundleIssue {
  if (attempt.stage !== 'read') throw new Error(`expected the reader to refuse the file, got ${attempt.stage}`);
  const [first] = attempt.issues;
  if (first === undefined) throw new Error('a refusal without an issue');
  for (const issue of attempt.issues) {
    expect(issue.message.length).toBeGreaterThan(10);
    expect(issue.message).not.toMatch(/\n\s*at |\.ts:\d+|Error:/);
  }
  return first;
}

const members = (bytes: Uint8Array) => unzipSync(bytes);
const rezip = (m: Record<string, Uint8Array>) => zipSync(m, { level: 0 });

let laptopA: Store;
let laptopB: Store;
/** A's first full bundle, which B has imported; A's next changes as an incremental bundle. */
let full: Awaited<ReturnType<typeof exportFrom>>;
let incremental: Awaited<ReturnType<typeof exportFrom>>;

beforeEach(async () => {
  laptopA = await freshStore('a');
  await enrol(laptopA);
  await setBilirubin(laptopA, 342);
  full = await exportFrom(laptopA);
  laptopB = await freshStore('b');
  await enrol(laptopB, 'subj-9', '03-009');
  await setBilirubin(laptopB, 18, 'subj-9');
  expectOk(await importBundle(laptopB, read(full.bytes), DATA_MANAGER));
  await setBilirubin(laptopA, 300, 'subj-1', 'lab re-run');
  const mark = { bundleId: full.manifest.bundleId, kind: 'full' as const, at: full.manifest.createdAt, fileName: full.fileName, heads: { [laptopA.deviceId]: { seq: 3, hash: full.manifest.chains[0]?.headHash ?? '' } } };
  incremental = await exportFrom(laptopA, 'incremental', mark);
});

describe('storeDigest', () => {
  it('covers every table and changes with any write, so an unchanged digest means an unchanged store', async () => {
    const dump = await storeDump(laptopB);
    for (const table of ['events', 'subjects', 'visits', 'entries', 'queries', 'meta', 'settings']) expect(dump).toContain(`"${table}":`);
    const before = await storeDigest(laptopB);
    expect(before).toMatch(/^[0-9a-f]{64}$/);
    expect(await storeDigest(laptopB)).toBe(before);
    await setBilirubin(laptopB, 19, 'subj-9');
    expect(await storeDigest(laptopB)).not.toBe(before);
  });

  it('the untouched incremental bundle imports (so every refusal below is about the change made to it)', async () => {
    const before = await storeDigest(laptopB);
    expect(await attemptImport(laptopB, incremental.bytes)).toEqual({ stage: 'imported' });
    expect(await storeDigest(laptopB)).not.toBe(before);
  });
});

describe('a refused import changes nothing: same digest of the whole store', () => {
  const refusals: [string, () => Promise<{ bytes: Uint8Array; known?: ReadBundleOptions }>, Partial<BundleIssue>][] = [
    [
      'a byte changed inside events.ndjson, checksums left as they were (checksum mismatch)',
      async () => {
        const m = members(incremental.bytes);
        const events = Uint8Array.from(m['events.ndjson'] ?? []);
        const at = strFromU8(events).indexOf('"value":300');
        expect(at).toBeGreaterThan(0);
        events[at + 9] = '9'.charCodeAt(0);
        return { bytes: rezip({ ...m, 'events.ndjson': events }) };
      },
      { code: 'member-hash', path: ['events.ndjson'] },
    ],
    ['the file truncated', async () => ({ bytes: incremental.bytes.slice(0, Math.floor(incremental.bytes.length * 0.7)) }), { code: 'not-a-zip' }],
    [
      'a bundle of a protocol this laptop does not hold',
      async () => ({ bytes: incremental.bytes, known: { protocols: KNOWN.protocols.filter((p) => p.id !== TRIAL.id) } }),
      { code: 'foreign-protocol', path: ['manifest.json', 'protocol'] },
    ],
    [
      'a bundle of a future format version',
      async () => {
        const m = members(incremental.bytes);
        const manifest = JSON.parse(strFromU8(m['manifest.json'] ?? new Uint8Array())) as Record<string, unknown>;
        return { bytes: rezip({ ...m, 'manifest.json': strToU8(JSON.stringify({ ...manifest, formatVersion: 3, encryption: { to: 'someone' } })) }) };
      },
      { code: 'future-format', path: ['manifest.json', 'formatVersion'] },
    ],
    ['a file that is not a zip', async () => ({ bytes: strToU8('subject,value\nsubj-1,300\n') }), { code: 'not-a-zip' }],
    [
      'a blinded extract',
      async () => {
        const extract = expectOk(await buildExtract({ store: laptopA, protocol: TRIAL, site: '03', exportedBy: { userId: 'u-blind', role: 'investigator' } }));
        return { bytes: extract.bytes };
      },
      { code: 'blinded-extract', path: ['manifest.json', 'blinded'], message: expect.stringContaining('a blinded extract carries no events and cannot be imported') as string },
    ],
  ];

  it.each(refusals)('%s', async (_what, make, expected) => {
    const { bytes, known } = await make();
    const before = await storeDigest(laptopB);
    const error = readError(await attemptImport(laptopB, bytes, known));
    expect(error).toMatchObject(expected);
    expect(await storeDigest(laptopB)).toBe(before);
  });

  it('a gap in the sequence: the next incremental bundle without this one, named by device and range', async () => {
    await setBilirubin(laptopA, 280, 'subj-1', 'second re-run');
    const mark = { bundleId: incremental.manifest.bundleId, kind: 'incremental' as const, at: incremental.manifest.createdAt, fileName: incremental.fileName, heads: { [laptopA.deviceId]: { seq: 4, hash: incremental.manifest.chains[0]?.headHash ?? '' } } };
    const next = await exportFrom(laptopA, 'incremental', mark);
    const before = await storeDigest(laptopB);
    const attempt = await attemptImport(laptopB, next.bytes);
    if (attempt.stage !== 'import' || attempt.refusal.kind !== 'not-importable') throw new Error(`expected a refused plan, got ${JSON.stringify(attempt)}`);
    expect(attempt.refusal.plan.chains).toEqual([expect.objectContaining({ deviceId: laptopA.deviceId, status: 'gap', fromSeq: 5, heldSeq: 3 })]);
    expect(await storeDigest(laptopB)).toBe(before);
  });

  it('a forked chain going beyond what B holds: another installation with A’s device id; the plan names the fork', async () => {
    const twin = await freshStore('twin', laptopA.deviceId);
    await enrol(twin, 'subj-7', '03-007');
    await setBilirubin(twin, 55, 'subj-7');
    await setBilirubin(twin, 56, 'subj-7');
    const forked = await exportFrom(twin);
    const before = await storeDigest(laptopB);
    const attempt = await attemptImport(laptopB, forked.bytes);
    if (attempt.stage !== 'import' || attempt.refusal.kind !== 'not-importable') throw new Error(`expected a refused plan, got ${JSON.stringify(attempt)}`);
    expect(attempt.refusal.plan.chains).toEqual([expect.objectContaining({ deviceId: laptopA.deviceId, status: 'fork' })]);
    expect(await storeDigest(laptopB)).toBe(before);
  });

  it('a forked chain shorter than what B holds (it looks like old news): the stored hashes catch it at the event that differs', async () => {
    const twin = await freshStore('twin', laptopA.deviceId);
    await enrol(twin, 'subj-7', '03-007');
    const forked = await exportFrom(twin);
    const before = await storeDigest(laptopB);
    const attempt = await attemptImport(laptopB, forked.bytes);
    if (attempt.stage !== 'import' || attempt.refusal.kind !== 'refused') throw new Error(`expected the store to refuse the events, got ${JSON.stringify(attempt)}`);
    expect(attempt.refusal.rejection).toMatchObject({ kind: 'fork', deviceId: laptopA.deviceId, seq: 2 });
    expect(await storeDigest(laptopB)).toBe(before);
  });

  it('an edited event with every checksum recomputed: the hash chain refuses it', async () => {
    const m = members(incremental.bytes);
    const text = strFromU8(m['events.ndjson'] ?? new Uint8Array()).replace('"value":300', '"value":301');
    const { sha256 } = await import('@noble/hashes/sha2.js');
    const { bytesToHex } = await import('@noble/hashes/utils.js');
    const events = strToU8(text);
    const manifest = JSON.parse(strFromU8(m['manifest.json'] ?? new Uint8Array())) as { members: { path: string; bytes: number; sha256: string }[] };
    for (const member of manifest.members) if (member.path === 'events.ndjson') Object.assign(member, { bytes: events.length, sha256: bytesToHex(sha256(events)) });
    const before = await storeDigest(laptopB);
    const error = readError(await attemptImport(laptopB, rezip({ ...m, 'events.ndjson': events, 'manifest.json': strToU8(JSON.stringify(manifest)) })));
    expect(error).toMatchObject({ code: 'chain-broken', path: ['events.ndjson', 0] });
    expect(await storeDigest(laptopB)).toBe(before);
  });
});

describe('random corruption (property-based)', () => {
  it('random bytes of a real bundle changed: refused with the store unchanged, or accepted only as exactly the exported events', async () => {
    const pristine = read(incremental.bytes).events;
    const before = await storeDigest(laptopB);
    const mutation = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(mutation, async (changes) => {
        const bytes = Uint8Array.from(incremental.bytes);
        for (const [at, xor] of changes) bytes[at % bytes.length] = (bytes[at % bytes.length] ?? 0) ^ xor;
        const verified = readBundle(bytes, KNOWN);
        if (verified.ok) {
          // A flip in a zip timestamp or an unused header field changes no content.
          expect(verified.value.events).toEqual(pristine);
          return;
        }
        const attempt = await attemptImport(laptopB, bytes);
        expect(attempt.stage).toBe('read');
        expect(await storeDigest(laptopB)).toBe(before);
      }),
      { numRuns: 60 },
    );
  });
});
