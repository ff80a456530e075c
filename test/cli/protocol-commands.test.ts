import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCommand, scheduleCommand } from '../../electron/cli/protocol-commands';
import { SHIPPED_CATALOGUE } from '../../shared/protocol';

const file = 'seeds/NCT05985863.json';
const text = readFileSync(join(__dirname, '../../', file), 'utf8');
interface SeedShape {
  visits: { forms: string[] }[];
  forms: { items: { item: string }[] }[];
}
const broken = (mutate: (p: SeedShape) => void): string => {
  const p = JSON.parse(text) as SeedShape;
  mutate(p);
  return JSON.stringify(p, null, 2);
};

describe('checkCommand', () => {
  it('prints a one-line summary and exits 0 for a valid protocol', () => {
    const output = checkCommand(file, text, SHIPPED_CATALOGUE);
    expect(output.exitCode).toBe(0);
    expect(output.stdout).toMatch(/^seeds\/NCT05985863\.json: ok: NCT05985863 version 0\.1 \(NCT05985863\): 4 arms, 2 stages, 13 visits, 15 forms, \d+ endpoints, \d+ criteria \(\d+ machine-checked, \d+ by judgement\), \d+ marked assumptions, 0 warnings\n$/);
  });

  it('prints every issue with its JSON path and exits 1', () => {
    const output = checkCommand(file, broken((p) => { p.visits[3]!.forms[0] = 'labz'; p.forms[4]!.items[0]!.item = 'bilirubinn'; }), SHIPPED_CATALOGUE);
    expect(output.exitCode).toBe(1);
    expect(output.stdout).toBe('$.visits[3].forms[0]: unknown form "labz"\n$.forms[4].items[0].item: unknown item "bilirubinn"\n');
    expect(output.stderr).toBe('seeds/NCT05985863.json: 2 errors, 0 warnings\n');
  });

  it('names the line and column of bad JSON', () => {
    expect(checkCommand('x.json', '{\n  "id": "a",\n  oops\n}', SHIPPED_CATALOGUE)).toEqual({
      exitCode: 1,
      stdout: '',
      stderr: 'x.json:3:3: not valid JSON: unexpected "o", expected a string\n',
    });
  });
});

describe('scheduleCommand', () => {
  it('prints the visits as JSON with week, day, window and forms', () => {
    const output = scheduleCommand(file, text, { arm: 'msc', stage: undefined, json: true }, SHIPPED_CATALOGUE);
    const visits = JSON.parse(output.stdout) as { visit: string; week: number | null; day: number | null; window: number[] | null; forms: string[] }[];
    expect(output.exitCode).toBe(0);
    expect(visits.map((v) => v.visit)).toEqual(['screening', 'w0', 'w1', 'w2', 'w3', 'w4', 'w8', 'w12', 'w24', 'w48', 'unscheduled', 'early-termination']);
    expect(visits[1]).toEqual({ visit: 'w0', week: 0, day: 1, window: [0, 0], forms: ['visit', 'vitals', 'labs', 'clinical', 'infusion', 'pharmacy', 'adverse-events', 'conmeds'] });
    expect(Object.keys(visits[0] ?? {})).toEqual(['visit', 'week', 'day', 'window', 'forms']);
  });

  it('prints a readable table without --json', () => {
    const output = scheduleCommand(file, text, { arm: undefined, stage: 2, json: false }, SHIPPED_CATALOGUE);
    expect(output.stdout.split('\n')[0]).toMatch(/^visit\s+week\s+day\s+window\s+forms$/);
    expect(output.stdout).toMatch(/\nw5\s+5\s+36\s+-1\/\+1\s+visit, /);
  });

  it.each([
    [{ arm: 'nope', stage: undefined }, 'seeds/NCT05985863.json: unknown arm "nope" (arms: control, msc, mscShort, mscProlonged)\n'],
    [{ arm: 'msc', stage: 2 }, 'seeds/NCT05985863.json: arm "msc" is never in stage 2 (it can be in stage 1)\n'],
    [{ arm: undefined, stage: 7 }, 'seeds/NCT05985863.json: unknown stage 7 (stages: 1, 2)\n'],
  ])('refuses %j with exit 1', (selection, stderr) => {
    expect(scheduleCommand(file, text, { ...selection, json: true }, SHIPPED_CATALOGUE)).toEqual({ stdout: '', stderr, exitCode: 1 });
  });

  it('refuses a protocol with errors, showing them', () => {
    const output = scheduleCommand(file, broken((p) => { p.visits[3]!.forms[0] = 'labz'; }), { arm: undefined, stage: undefined, json: true }, SHIPPED_CATALOGUE);
    expect(output).toEqual({ stdout: '', stderr: '$.visits[3].forms[0]: unknown form "labz"\nseeds/NCT05985863.json: the protocol has errors; run "ecrf protocol check seeds/NCT05985863.json"\n', exitCode: 1 });
  });
});
