import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBundle, type BundleContents } from '../../shared/export';
import { main } from '../../electron/cli/main';
import { loadProtocols } from '../../electron/cli/protocols';
import { forge, membersOf, rezip } from '../shared/export/support/bundle';
import { realisticLog } from '../shared/export/support/realistic-log';
import { seedProtocol } from '../shared/export/support/seeds';
import { bundleFile, tempFolder } from './support';

const protocol = seedProtocol('NCT05121870');
const { a, b, events } = realisticLog(protocol);
const tmp = tempFolder();
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const NOW = new Date('2025-03-12T10:00:00.000Z');
const ecrf = async (...argv: string[]) => {
  const result = await main(argv, { now: () => NOW });
  const text = (s: string | Uint8Array) => (typeof s === 'string' ? s : Buffer.from(s).toString('utf8'));
  return { code: result.exitCode, stdout: text(result.stdout), stderr: text(result.stderr) };
};
const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

function readBack(path: string): BundleContents {
  const protocols = loadProtocols(undefined);
  if (!protocols.ok) throw new Error(protocols.message);
  const read = readBundle(readFileSync(path), { protocols: protocols.set.identities });
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  return read.value;
}
const keys = (list: readonly { deviceId: string; seq: number; hash: string }[]) => list.map((e) => `${e.deviceId}#${e.seq}:${e.hash}`);

let whole: string;
let devA: string;
let devB: string;
let tampered: string;
beforeAll(async () => {
  whole = await bundleFile(tmp, 'whole.zip', protocol, events);
  devA = await bundleFile(tmp, 'a.zip', protocol, a.events);
  devB = await bundleFile(tmp, 'b.zip', protocol, b.events);
  // The same size, one subject id changed in a CSV: only the member's hash can tell.
  const members = membersOf(readFileSync(whole));
  const vitals = Buffer.from(members['csv/vitals.csv'] ?? new Uint8Array()).toString('utf8');
  const edited = vitals.replace('s-001', 's-009');
  if (edited === vitals) throw new Error('the vitals CSV has no s-001 row');
  tampered = join(tmp, 'tampered.zip');
  writeFileSync(tampered, rezip({ ...members, 'csv/vitals.csv': strToU8(edited) }));
});

describe('bundle verify', () => {
  it('prints one summary line for a valid bundle', async () => {
    const run = await ecrf('bundle', 'verify', whole);
    expect(run).toEqual({
      code: 0,
      stderr: '',
      stdout: `${whole}: ok: bundle whole-zip (full) of NCT05121870 version 0.1, site 03, created 2025-03-10T09:00:00.000Z: ${events.length} events of 2 devices, 2 subjects, ${readBack(whole).manifest.members.length + 1} members verified\n`,
    });
  });

  it('names the member of a tampered bundle, with the code and path', async () => {
    const run = await ecrf('bundle', 'verify', tampered);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`${tampered}: member-hash at csv/vitals.csv: csv/vitals.csv does not match its SHA-256 in the manifest: it was changed after export\n`);
  });

  it('finds an edited event even when the forger recomputed the member hash', async () => {
    const members = membersOf(readFileSync(whole));
    const lines = Buffer.from(members['events.ndjson'] ?? new Uint8Array()).toString('utf8').split('\n');
    lines[5] = (lines[5] ?? '').replace(/"at":"[^"]+"/, '"at":"2025-03-01T07:00:00.000Z"');
    const file = join(tmp, 'forged.zip');
    writeFileSync(file, rezip(forge(members, 'events.ndjson', strToU8(lines.join('\n')))));
    const run = await ecrf('bundle', 'verify', file);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^.*forged\.zip: chain-broken at events\.ndjson\[5\]: device dev-a: /);
  });

  it('refuses a file that is not a bundle, a missing file and an unknown protocol file', async () => {
    const junk = join(tmp, 'junk.zip');
    writeFileSync(junk, 'not a zip at all');
    expect(await ecrf('bundle', 'verify', junk)).toMatchObject({ code: 1, stderr: `${junk}: not-a-zip at (file): the file is not a zip or was cut short (truncated): its directory cannot be read\n` });
    expect(await ecrf('bundle', 'verify', join(tmp, 'nope.zip'))).toMatchObject({ code: 1, stderr: `cannot read ${join(tmp, 'nope.zip')}: no such file\n` });
    expect(await ecrf('bundle', 'verify', whole, '--protocol-file', join(tmp, 'nope.json'))).toMatchObject({ code: 1, stderr: `cannot read ${join(tmp, 'nope.json')}: no such file\n` });
  });

  it('reads bundles of a protocol given with --protocol-file', async () => {
    const custom = JSON.parse(readFileSync(join(__dirname, '../../seeds/NCT05121870.json'), 'utf8')) as { id: string; version: string };
    custom.id = 'CUSTOM-1';
    const file = join(tmp, 'custom.json');
    writeFileSync(file, JSON.stringify(custom));
    const made = await ecrf('demo-data', '--protocol', 'CUSTOM-1', '--subjects', '1', '--today', '2025-06-30', '--protocol-file', file, '-o', join(tmp, 'custom.zip'));
    expect(made.code).toBe(0);
    const without = await ecrf('bundle', 'verify', join(tmp, 'custom.zip'));
    expect(without).toMatchObject({ code: 1, stderr: expect.stringContaining('foreign-protocol at manifest.json.protocol: the bundle belongs to protocol CUSTOM-1') });
    expect(await ecrf('bundle', 'verify', join(tmp, 'custom.zip'), '--protocol-file', file)).toMatchObject({ code: 0 });
  });
});

describe('bundle inspect', () => {
  it('shows the manifest, subjects, each device\'s range and chain head, and the conflict inside the bundle', async () => {
    const run = await ecrf('bundle', 'inspect', whole);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('  kind:      full\n');
    expect(run.stdout).toContain('  previous:  none (first bundle of this device)\n');
    expect(run.stdout).toContain('  subjects:  2 (1 enrolled; site 03: 2)\n');
    expect(run.stdout).toContain(`    dev-a: seq 1..${a.events.length} (${a.events.length} events, `);
    expect(run.stdout).toContain(`      head  ${a.events.at(-1)?.hash ?? ''}\n`);
    expect(run.stdout).toContain('  conflicts: 1\n    conflict: subject s-001, visit w0, form vitals, item weight: 71.5 kg (dev-b #1, u-nurse, ');
  });

  it('--json gives the same as data; an incremental bundle names its previous bundle', async () => {
    const file = await bundleFile(tmp, 'inc.zip', protocol, events, { 'dev-a': 20, 'dev-b': 0 });
    const run = await ecrf('bundle', 'inspect', file, '--json');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { kind: string; previousBundleId: string; devices: { deviceId: string; fromSeq: number; toSeq: number; headHash: string }[]; conflicts: { item: { itemId: string } }[]; subjects: { subjectId: string; code: string | null }[] };
    expect(json.kind).toBe('incremental');
    expect(json.previousBundleId).toBe('bundle-prev');
    expect(json.devices.map((d) => [d.deviceId, d.fromSeq, d.toSeq])).toEqual([['dev-a', 21, a.events.length], ['dev-b', 1, b.events.length]]);
    expect(json.conflicts.map((c) => c.item.itemId)).toEqual(['weight']);
    expect(json.subjects).toEqual([expect.objectContaining({ subjectId: 's-001', code: null }), expect.objectContaining({ subjectId: 's-002', code: null })]);
  });

  it('refuses an invalid bundle like verify', async () => {
    const run = await ecrf('bundle', 'inspect', join(tmp, 'junk.zip'));
    expect(run).toMatchObject({ code: 1, stdout: '', stderr: expect.stringContaining('not-a-zip') });
  });
});

describe('bundle odm', () => {
  it('prints odm.xml exactly as the bundle holds it', async () => {
    const run = await ecrf('bundle', 'odm', whole);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(Buffer.from(membersOf(readFileSync(whole))['odm.xml'] ?? new Uint8Array()).toString('utf8'));
    expect(run.stdout).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<ODM /);
  });
});

describe('bundle csv', () => {
  it('writes every CSV member into a new folder, then refuses to overwrite without --force', async () => {
    const dir = join(tmp, 'csv-out', 'nested');
    const run = await ecrf('bundle', 'csv', whole, '-o', dir);
    expect(run.code).toBe(0);
    const members = membersOf(readFileSync(whole));
    const expected = Object.keys(members).filter((p) => p.startsWith('csv/')).map((p) => p.slice(4));
    expect(readdirSync(dir).sort()).toEqual([...expected].sort());
    expect(readFileSync(join(dir, 'vitals.csv'))).toEqual(Buffer.from(members['csv/vitals.csv'] ?? new Uint8Array()));

    writeFileSync(join(dir, 'vitals.csv'), 'mine');
    const again = await ecrf('bundle', 'csv', whole, '-o', dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists \(and \d+ more\): add --force to replace them; nothing was written\n$/);
    expect(readFileSync(join(dir, 'vitals.csv'), 'utf8')).toBe('mine');
    expect((await ecrf('bundle', 'csv', whole, '-o', dir, '--force')).code).toBe(0);
    expect(readFileSync(join(dir, 'vitals.csv'))).toEqual(Buffer.from(members['csv/vitals.csv'] ?? new Uint8Array()));
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a target that is a file, and needs -o', async () => {
    const run = await ecrf('bundle', 'csv', whole, '-o', whole);
    expect(run).toMatchObject({ code: 1, stderr: `cannot write into ${whole}: it is a file, not a folder\n` });
    expect(await ecrf('bundle', 'csv', whole)).toMatchObject({ code: 2, stderr: expect.stringMatching(/^ecrf: missing -o DIR for "bundle csv"/) });
  });
});

describe('bundle merge', () => {
  it('merges two devices\' bundles into one verified full bundle and reports their conflict on stderr', async () => {
    const out = join(tmp, 'merged.zip');
    const run = await ecrf('bundle', 'merge', devA, devB, '-o', out);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(`${out}: merged 2 bundles of NCT05121870 version 0.1: ${events.length} events of 2 devices (0 duplicates skipped), 1 conflict`);
    expect(run.stderr).toMatch(/^conflict: subject s-001, visit w0, form vitals, item weight: 71\.5 kg \(dev-b #1, u-nurse, [^)]+\) \| 70 kg \(dev-a #\d+, u-nurse, [^)]+\)\n1 conflict: /);
    const merged = readBack(out);
    expect(merged.manifest).toMatchObject({ kind: 'full', createdAt: NOW.toISOString(), deviceId: 'central', previousBundleId: null });
    expect(merged.manifest.chains).toEqual([
      { deviceId: 'dev-a', fromSeq: 1, toSeq: a.events.length, afterHash: '0'.repeat(64), headHash: a.events.at(-1)?.hash },
      { deviceId: 'dev-b', fromSeq: 1, toSeq: b.events.length, afterHash: '0'.repeat(64), headHash: b.events.at(-1)?.hash },
    ]);
    expect(keys(merged.events)).toEqual(keys(events));
  });

  it('is idempotent: the same bundle twice, and the merge merged again with its inputs', async () => {
    const twice = join(tmp, 'twice.zip');
    const run = await ecrf('bundle', 'merge', whole, whole, '-o', twice);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`(${events.length} duplicates skipped)`);
    expect(keys(readBack(twice).events)).toEqual(keys(events));
    const again = join(tmp, 'again.zip');
    expect((await ecrf('bundle', 'merge', twice, devA, devB, whole, '-o', again)).code).toBe(0);
    expect(keys(readBack(again).events)).toEqual(keys(events));
  });

  it('refuses a gap, naming the missing range, and writes nothing', async () => {
    const first = await bundleFile(tmp, 'first.zip', protocol, a.events.slice(0, 20));
    const later = await bundleFile(tmp, 'later.zip', protocol, a.events, { 'dev-a': 30 });
    const out = join(tmp, 'gap.zip');
    const run = await ecrf('bundle', 'merge', first, later, '-o', out);
    expect(run).toEqual({ code: 1, stdout: '', stderr: 'merge refused: gap: events 21..30 of device dev-a are missing: no input carries them (merge the bundle of dev-a that does)\n' });
    expect(existsSync(out)).toBe(false);
  });

  it('refuses an invalid input, naming it, and an existing output without --force', async () => {
    const out = join(tmp, 'never.zip');
    const run = await ecrf('bundle', 'merge', whole, tampered, '-o', out);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${tampered}: member-hash at csv/vitals.csv: `);
    expect(run.stderr).toMatch(/nothing was merged: an input is not valid\n$/);
    expect(existsSync(out)).toBe(false);
    const exists = await ecrf('bundle', 'merge', whole, '-o', devA);
    expect(exists).toMatchObject({ code: 1, stderr: `${devA} already exists: add --force to replace it\n` });
    noStackTrace(run.stderr + exists.stderr);
  });

  it('refuses bundles of different protocols', async () => {
    const other = seedProtocol('NCT05985863');
    const otherFile = await bundleFile(tmp, 'other.zip', other, realisticLog(other).events);
    const run = await ecrf('bundle', 'merge', whole, otherFile, '-o', join(tmp, 'mixed.zip'));
    expect(run).toMatchObject({ code: 1, stderr: expect.stringContaining(`merge refused: protocol-mismatch: ${otherFile} is of protocol NCT05985863 version 0.1`) });
  });
});

describe('demo-data', () => {
  it('writes a full bundle for a seed protocol that verifies, and refuses to overwrite it', async () => {
    const out = join(tmp, 'demo', 'demo.zip');
    mkdirSync(join(tmp, 'demo'));
    const run = await ecrf('demo-data', '--protocol', 'NCT05985863', '--subjects', '3', '--seed', '7', '--today', '2025-06-30', '-o', out);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: (\\d+) events of NCT05985863 version 0\\.1 \\(device demo-NCT05985863-7, seed 7, today 2025-06-30\\): 3 subjects enrolled, \\d+ screen failures; \\d+ bytes in [\\d.]+ s`));
    const bundle = readBack(out);
    expect(String(bundle.events.length)).toBe(/: (\d+) events/.exec(run.stdout)?.[1]);
    expect(bundle.manifest).toMatchObject({ kind: 'full', deviceId: 'demo-NCT05985863-7', site: '01' });
    expect(bundle.events.filter((e) => e.type === 'subject.enrolled')).toHaveLength(3);
    expect(readdirSync(join(tmp, 'demo'))).toEqual(['demo.zip']);
    expect(await ecrf('demo-data', '--protocol', 'NCT05985863', '--subjects', '3', '-o', out)).toMatchObject({ code: 1, stderr: `${out} already exists: add --force to replace it\n` });
  });

  it('gives the same events for the same protocol, seed, size and day', async () => {
    const one = join(tmp, 'same-1.zip');
    const two = join(tmp, 'same-2.zip');
    for (const out of [one, two]) expect((await ecrf('demo-data', '--protocol', 'NCT05121870', '--subjects', '2', '--today', '2025-06-30', '-o', out)).code).toBe(0);
    expect(keys(readBack(one).events)).toEqual(keys(readBack(two).events));
  });

  it('refuses an unknown protocol and a folder that does not exist', async () => {
    expect(await ecrf('demo-data', '--protocol', 'NCT0', '--subjects', '2', '-o', join(tmp, 'x.zip'))).toMatchObject({
      code: 1,
      stderr: 'unknown protocol "NCT0" (protocols: ESLD-UCMSC-DOSE, NCT03668171, NCT05121870, NCT05985863, NCT06884904; --protocol-file adds one)\n',
    });
    const missing = join(tmp, 'no-such-folder', 'x.zip');
    expect(await ecrf('demo-data', '--protocol', 'NCT05985863', '--subjects', '2', '-o', missing)).toMatchObject({
      code: 1,
      stderr: `cannot write ${missing}: the folder ${join(tmp, 'no-such-folder')} does not exist\n`,
    });
  });
});
