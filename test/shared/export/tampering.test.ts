import { strFromU8, strToU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { hashEvent, type CrfEvent } from '../../../shared/events';
import { protocolIdentity, readBundle, readBundleAsync, type BundleIssueCode } from '../../../shared/export';
import { buildFull, forge, knownProtocols, membersOf, rezip, withManifest, zipEntries, type Built } from './support/bundle';
import { realisticLog } from './support/realistic-log';
import { seedProtocol } from './support/seeds';

const protocol = seedProtocol('NCT05985863');
const known = knownProtocols(protocol);
let built: Built;
let members: Record<string, Uint8Array>;
beforeAll(async () => {
  built = await buildFull(protocol, realisticLog(protocol).events);
  members = membersOf(built.bytes);
});

/** Every bundle refused() saw, with readBundle's verdict: readBundleAsync must give the same (last test). */
const verdicts: { bytes: Uint8Array; options: typeof known; result: ReturnType<typeof readBundle> }[] = [];

/** readBundle fails with exactly these issue codes (and never throws). */
function refused(bytes: Uint8Array, options = known) {
  const result = readBundle(bytes, options);
  verdicts.push({ bytes, options, result });
  if (result.ok) throw new Error('the bundle was accepted');
  return { codes: [...new Set(result.issues.map((i) => i.code))] as BundleIssueCode[], issues: result.issues };
}

const eventLines = () => strFromU8(members['events.ndjson'] ?? new Uint8Array()).trimEnd().split('\n');
const withLines = (lines: readonly string[]) => strToU8(`${lines.join('\n')}\n`);

describe('readBundle refuses a changed bundle, with a clear error and a path', () => {
  it('accepts the untouched bundle, even re-zipped', () => {
    expect(readBundle(rezip(members), known).ok).toBe(true);
  });

  it.each(['events.ndjson', 'odm.xml', 'csv/labs.csv', 'csv/missing-fields.csv', 'csv/data-dictionary.csv'])('a changed byte in %s', (path) => {
    const content = Uint8Array.from(members[path] ?? []);
    const middle = Math.floor(content.length / 2);
    content[middle] = (content[middle] ?? 0) ^ 0x01;
    const { codes, issues } = refused(rezip({ ...members, [path]: content }));
    expect(codes).toEqual(['member-hash']);
    expect(issues[0]?.path).toEqual([path]);
    expect(issues[0]?.message).toMatch(/SHA-256/);
  });

  it('a member removed', () => {
    const { 'odm.xml': _odm, ...rest } = members;
    const { codes, issues } = refused(rezip(rest));
    expect(codes).toEqual(['member-missing']);
    expect(issues[0]?.path.slice(0, 2)).toEqual(['manifest.json', 'members']);
  });

  it('a member added', () => {
    const { codes, issues } = refused(rezip({ 'notes.txt': strToU8('hello'), ...members }));
    expect(codes).toEqual(['member-unexpected']);
    expect(issues[0]?.path).toEqual(['notes.txt']);
  });

  it('a member twice under the same name', () => {
    const entries = Object.entries(members);
    expect(refused(zipEntries([...entries, ['odm.xml', strToU8('<x/>')]])).codes).toEqual(['zip-entries']);
  });

  it('a hash edited in the manifest', () => {
    const edited = withManifest(members, (m) => {
      const list = m['members'] as { path: string; sha256: string }[];
      (list[1] as { sha256: string }).sha256 = 'f'.repeat(64);
    });
    expect(refused(rezip(edited)).codes).toEqual(['member-hash']);
  });

  it('a size edited in the manifest, caught before anything is inflated', () => {
    const edited = withManifest(members, (m) => {
      const [first] = m['members'] as { bytes: number }[];
      if (first !== undefined) first.bytes += 1;
    });
    expect(refused(rezip(edited)).codes).toEqual(['member-size']);
  });

  it.each([
    ['half of it', (b: Uint8Array) => b.slice(0, Math.floor(b.length / 2))],
    ['its last byte', (b: Uint8Array) => b.slice(0, -1)],
    ['all but the first 100 bytes', (b: Uint8Array) => b.slice(100)],
  ])('a truncated zip (%s missing)', (_what, cut) => {
    const { codes, issues } = refused(cut(built.bytes));
    expect(codes).toEqual(['not-a-zip']);
    expect(issues[0]?.message).toMatch(/truncated/);
  });

  it('an event edited inside events.ndjson, with the member hash recomputed: the chain catches it', () => {
    const lines = eventLines();
    const event = JSON.parse(lines[6] ?? '') as CrfEvent & { payload: { value: unknown } };
    lines[6] = JSON.stringify({ ...event, payload: { ...event.payload, value: 99 } });
    const { codes, issues } = refused(rezip(forge(members, 'events.ndjson', withLines(lines))));
    expect(codes).toEqual(['chain-broken']);
    expect(issues[0]?.path).toEqual(['events.ndjson', 6]);
    expect(issues[0]?.message).toMatch(/changed after it was sealed/);
  });

  it('an edited event re-sealed with a new hash: the next event no longer links to it', () => {
    const lines = eventLines();
    const event = JSON.parse(lines[6] ?? '') as CrfEvent;
    const edited = { ...event, reason: 'forged' };
    lines[6] = JSON.stringify({ ...edited, hash: hashEvent(edited) });
    const { codes, issues } = refused(rezip(forge(members, 'events.ndjson', withLines(lines))));
    expect(codes).toEqual(['chain-broken']);
    expect(issues[0]?.path).toEqual(['events.ndjson', 7]);
  });

  it("the last event of a device removed: the manifest's range and head catch it", () => {
    const lines = eventLines();
    const lastOfA = lines.findLastIndex((l) => (JSON.parse(l) as CrfEvent).deviceId === 'dev-a');
    lines.splice(lastOfA, 1);
    const { codes, issues } = refused(rezip(forge(members, 'events.ndjson', withLines(lines))));
    expect(codes).toEqual(['chain-range']);
    expect(issues[0]?.path).toEqual(['manifest.json', 'chains', 0]);
  });

  it('an event that is not valid', () => {
    const lines = eventLines();
    lines[3] = JSON.stringify({ ...(JSON.parse(lines[3] ?? '') as object), extra: 1 });
    lines[4] = 'not json';
    const { codes, issues } = refused(rezip(forge(members, 'events.ndjson', withLines(lines))));
    expect(codes).toEqual(['event-invalid']);
    expect(issues.map((i) => i.path.slice(0, 2))).toEqual([
      ['events.ndjson', 3],
      ['events.ndjson', 4],
    ]);
  });

  it('events out of order', () => {
    const lines = eventLines();
    [lines[2], lines[3]] = [lines[3] ?? '', lines[2] ?? ''];
    expect(refused(rezip(forge(members, 'events.ndjson', withLines(lines)))).codes).toEqual(['event-order']);
  });
});

describe('readBundle refuses a bundle this store cannot take', () => {
  it('a foreign protocol', () => {
    const other = seedProtocol('NCT03668171');
    const { codes, issues } = refused(built.bytes, { protocols: [protocolIdentity(other)] });
    expect(codes).toEqual(['foreign-protocol']);
    expect(issues[0]?.message).toContain('NCT05985863');
  });

  it('a protocol version the store does not hold', () => {
    const identity = { ...protocolIdentity(protocol), version: '9.9' };
    expect(refused(built.bytes, { protocols: [identity] }).codes).toEqual(['protocol-version-unknown']);
  });

  it('the same protocol version with different content', () => {
    const changed = { ...protocol, title: { ...protocol.title, en: `${protocol.title.en} (amended)` } };
    expect(refused(built.bytes, { protocols: [protocolIdentity(changed)] }).codes).toEqual(['protocol-content-differs']);
  });

  it('a future format version, named as such', () => {
    const future = withManifest(members, (m) => {
      m['formatVersion'] = 3;
      m['newField'] = { anything: true };
    });
    const { codes, issues } = refused(rezip(future));
    expect(codes).toEqual(['future-format']);
    expect(issues[0]?.path).toEqual(['manifest.json', 'formatVersion']);
    expect(issues[0]?.message).toMatch(/update the app/);
  });

  it('a manifest with a field this version does not know, with its path', () => {
    const odd = withManifest(members, (m) => {
      m['site'] = '';
    });
    const { codes, issues } = refused(rezip(odd));
    expect(codes).toEqual(['manifest-invalid']);
    expect(issues[0]?.path).toEqual(['manifest.json', 'site']);
  });

  it('a zip without a manifest', () => {
    const { 'manifest.json': _m, ...rest } = members;
    expect(refused(rezip(rest)).codes).toEqual(['manifest-missing']);
  });

  it('a zip whose manifest is not a bundle manifest', () => {
    expect(refused(rezip({ ...members, 'manifest.json': strToU8('{"format":"something-else"}') })).codes).toEqual(['not-a-bundle']);
    expect(refused(rezip({ ...members, 'manifest.json': strToU8('{') })).codes).toEqual(['manifest-invalid']);
  });

  it('a file that is not a zip', () => {
    expect(refused(strToU8('id,value\n1,2\n')).codes).toEqual(['not-a-zip']);
    expect(refused(new Uint8Array(0)).codes).toEqual(['not-a-zip']);
  });
});

describe('readBundleAsync (members inflated by the platform)', () => {
  it('gives exactly what readBundle gives, for the untouched bundle and for every changed or foreign one above', async () => {
    expect(verdicts.length).toBeGreaterThan(15);
    const untouched = readBundle(built.bytes, known);
    expect(untouched.ok).toBe(true);
    expect(await readBundleAsync(built.bytes, known)).toEqual(untouched);
    for (const { bytes, options, result } of verdicts) expect(await readBundleAsync(bytes, options)).toEqual(result);
  });
});
