import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8 } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { membersOf, rezip } from '../shared/export/support/bundle';
import { realisticLog } from '../shared/export/support/realistic-log';
import { seedProtocol } from '../shared/export/support/seeds';
import { bundleFile } from './support';

const root = join(__dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'ecrf-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs the real entry point the way `npm run -s ecrf -- …` does. */
function ecrf(...args: string[]) {
  const run = spawnSync(join(root, 'node_modules/.bin/tsx'), ['electron/cli/ecrf.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('ecrf command line (spawned)', () => {
  it('protocol check: a valid seed gives one summary line and exit 0', () => {
    const run = ecrf('protocol', 'check', 'seeds/NCT05121870.json');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^seeds\/NCT05121870\.json: ok: NCT05121870 version 0\.1 .*, 0 warnings\n$/);
  });

  it('protocol check: a broken protocol prints JSON paths and exits 1', () => {
    const file = join(tmp, 'broken.json');
    writeFileSync(file, JSON.stringify({ id: 'x', visits: [{ id: 'w0' }] }));
    const run = ecrf('protocol', 'check', file);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('$.visits[0].label: is required (object)');
    expect(run.stdout).toContain('$.registryId: is required');
    noStackTrace(run.stdout + run.stderr);
  });

  it('protocol schedule --json prints the visits in order', () => {
    const run = ecrf('protocol', 'schedule', 'seeds/NCT05985863.json', '--arm', 'mscProlonged', '--json');
    expect(run.code).toBe(0);
    const visits = JSON.parse(run.stdout) as { visit: string; day: number | null }[];
    expect(visits.map((v) => v.visit)).toEqual(['screening', 'w0', 'w1', 'w2', 'w3', 'w4', 'w5', 'w8', 'w12', 'w24', 'w48', 'unscheduled', 'early-termination']);
    expect(visits.find((v) => v.visit === 'w5')?.day).toBe(36);
  });

  it('a missing file: exit 1 with its path in the message, no stack trace', () => {
    const run = ecrf('protocol', 'check', 'seeds/nope.json');
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('cannot read seeds/nope.json: no such file\n');
    noStackTrace(run.stderr);
  });

  it('bad JSON: exit 1 with the file, line and column', () => {
    const file = join(tmp, 'bad.json');
    writeFileSync(file, '{\n  "id": }\n');
    const run = ecrf('protocol', 'schedule', file, '--json');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2:9: not valid JSON`));
    noStackTrace(run.stderr);
  });

  it('an unknown arm and a wrong usage are clear errors', () => {
    const arm = ecrf('protocol', 'schedule', 'seeds/NCT03668171.json', '--arm', 'placebo', '--json');
    expect(arm).toMatchObject({ code: 1, stdout: '', stderr: 'seeds/NCT03668171.json: unknown arm "placebo" (arms: msc, control)\n' });
    const usage = ecrf('protocol', 'schedule');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^ecrf: missing FILE for "protocol schedule"\n\nUsage:/);
  });
});

describe('ecrf bundle and demo-data (spawned)', () => {
  const protocol = seedProtocol('NCT05121870');
  const { a, b } = realisticLog(protocol);

  it('demo-data for 5 subjects writes a bundle that bundle verify accepts', () => {
    const out = join(tmp, 'demo-5.zip');
    const made = ecrf('demo-data', '--protocol', 'NCT05985863', '--subjects', '5', '--seed', '42', '-o', out);
    expect(made.code).toBe(0);
    expect(made.stderr).toBe('');
    expect(made.stdout).toMatch(/: \d+ events of NCT05985863 version 0\.1 \(device demo-NCT05985863-42, seed 42, today \d{4}-\d{2}-\d{2}\): 5 subjects enrolled, \d+ screen failures; \d+ bytes in [\d.]+ s/);
    const verified = ecrf('bundle', 'verify', out);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(/^.*demo-5\.zip: ok: bundle demo-NCT05985863-42-5 \(full\) of NCT05985863 version 0\.1, site 01, .*: \d+ events of 1 device, \d+ subjects, \d+ members verified\n$/);
  });

  it('bundle verify: a tampered member → exit 1 naming it; bundle odm prints odm.xml', async () => {
    const file = await bundleFile(tmp, 'spawn-whole.zip', protocol, [...a.events, ...b.events]);
    const members = membersOf(readFileSync(file));
    const tampered = join(tmp, 'spawn-tampered.zip');
    const odm = members['odm.xml'] ?? new Uint8Array();
    writeFileSync(tampered, rezip({ ...members, 'odm.xml': strToU8(Buffer.from(odm).toString('utf8').replace('Snapshot', 'Snapshat')) }));
    const run = ecrf('bundle', 'verify', tampered);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`${tampered}: member-hash at odm.xml: odm.xml does not match its SHA-256 in the manifest: it was changed after export\n`);
    noStackTrace(run.stderr);
    const printed = ecrf('bundle', 'odm', file);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toBe(Buffer.from(odm).toString('utf8'));
  });

  it('bundle merge: two devices editing one field → merged, the conflict on stderr', async () => {
    const fileA = await bundleFile(tmp, 'spawn-a.zip', protocol, a.events);
    const fileB = await bundleFile(tmp, 'spawn-b.zip', protocol, b.events);
    const out = join(tmp, 'spawn-merged.zip');
    const run = ecrf('bundle', 'merge', fileA, fileB, '-o', out);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`merged 2 bundles of NCT05121870 version 0.1: ${a.events.length + b.events.length} events of 2 devices (0 duplicates skipped), 1 conflict`);
    expect(run.stderr).toMatch(/^conflict: subject s-001, visit w0, form vitals, item weight: 71\.5 kg \(dev-b #1, .*\| 70 kg \(dev-a #/);
    expect(ecrf('bundle', 'verify', out).code).toBe(0);
    const gap = ecrf('bundle', 'merge', fileB, '-o', join(tmp, 'spawn-gap.zip'));
    expect(gap).toMatchObject({ code: 1, stdout: '' });
    expect(gap.stderr).toMatch(/^merge refused: missing-ancestor: event 1 of device dev-b was made after seeing events 1\.\.\d+ of device dev-a, which no input carries/);
    expect(existsSync(join(tmp, 'spawn-gap.zip'))).toBe(false);
  });
});
