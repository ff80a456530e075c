import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'ecrf-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs the real entry point the way `npm run -s ecrf -- …` does. */
function ecrf(...args: string[]) {
  const run = spawnSync(join(root, 'node_modules/.bin/tsx'), ['electron/cli/ecrf.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
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
