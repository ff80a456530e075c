import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../electron/cli/args';

describe('parseArgs', () => {
  it.each([
    [[], { kind: 'help' }],
    [['help'], { kind: 'help' }],
    [['--help'], { kind: 'help' }],
    [['protocol', 'check', 'seeds/a.json'], { kind: 'protocol-check', file: 'seeds/a.json' }],
    [['protocol', 'schedule', 'a.json', '--json'], { kind: 'protocol-schedule', file: 'a.json', arm: undefined, stage: undefined, json: true }],
    [['protocol', 'schedule', 'a.json', '--arm', 'msc', '--stage', '2'], { kind: 'protocol-schedule', file: 'a.json', arm: 'msc', stage: 2, json: false }],
    [['protocol', 'schedule', '--arm=msc', 'a.json', '--stage=1', '--json'], { kind: 'protocol-schedule', file: 'a.json', arm: 'msc', stage: 1, json: true }],
    [['protocol', 'assumptions', 'a.json'], { kind: 'protocol-assumptions', file: 'a.json' }],
    [['protocol', 'schema'], { kind: 'protocol-schema' }],
    [['bundle', 'verify', 'b.zip'], { kind: 'bundle-verify', file: 'b.zip', protocolFile: undefined }],
    [['bundle', 'verify', 'b.zip', '--protocol-file=p.json'], { kind: 'bundle-verify', file: 'b.zip', protocolFile: 'p.json' }],
    [['bundle', 'inspect', 'b.zip', '--json'], { kind: 'bundle-inspect', file: 'b.zip', json: true, protocolFile: undefined }],
    [['bundle', 'odm', 'b.zip'], { kind: 'bundle-odm', file: 'b.zip', protocolFile: undefined }],
    [['bundle', 'csv', 'b.zip', '-o', 'out'], { kind: 'bundle-csv', file: 'b.zip', outDir: 'out', force: false, protocolFile: undefined }],
    [['bundle', 'csv', 'b.zip', '--output=out', '--force'], { kind: 'bundle-csv', file: 'b.zip', outDir: 'out', force: true, protocolFile: undefined }],
    [['bundle', 'merge', 'a.zip', 'b.zip', 'c.zip', '-o', 'm.zip'], { kind: 'bundle-merge', files: ['a.zip', 'b.zip', 'c.zip'], output: 'm.zip', force: false, protocolFile: undefined }],
    [
      ['demo-data', '--protocol', 'NCT05985863', '--subjects', '1000', '-o', 'demo.zip'],
      { kind: 'demo-data', protocol: 'NCT05985863', subjects: 1000, seed: 1, today: undefined, site: '01', output: 'demo.zip', force: false, protocolFile: undefined },
    ],
    [
      ['demo-data', '--protocol=X', '--subjects=5', '--seed', '0', '--today', '2025-06-30', '--site', '03', '-o', 'd.zip', '--force'],
      { kind: 'demo-data', protocol: 'X', subjects: 5, seed: 0, today: '2025-06-30', site: '03', output: 'd.zip', force: true, protocolFile: undefined },
    ],
  ])('%j → %j', (argv, command) => {
    expect(parseArgs(argv)).toEqual({ ok: true, command });
  });

  it.each([
    [['protocl', 'check', 'a.json'], 'unknown command "protocl"'],
    [['protocol'], 'missing protocol command (check, schedule, assumptions or schema)'],
    [['protocol', 'chek', 'a.json'], 'unknown protocol command "chek"'],
    [['protocol', 'check'], 'missing FILE for "protocol check"'],
    [['protocol', 'check', 'a.json', 'b.json'], 'unexpected argument "b.json"'],
    [['protocol', 'check', 'a.json', '--json'], 'option --json does not apply here'],
    [['protocol', 'schedule', 'a.json', '--arm'], 'option --arm needs a value'],
    [['protocol', 'schedule', 'a.json', '--arm', '--json'], 'option --arm needs a value'],
    [['protocol', 'schedule', 'a.json', '--stage', 'two'], '--stage must be a whole number ≥ 1, not "two"'],
    [['protocol', 'schedule', 'a.json', '--stage', '0'], '--stage must be a whole number ≥ 1, not "0"'],
    [['protocol', 'schedule', 'a.json', '--stage', '1.5'], '--stage must be a whole number ≥ 1, not "1.5"'],
    [['protocol', 'schedule', 'a.json', '--arm', 'a', '--arm', 'b'], 'option --arm is given twice'],
    [['protocol', 'schedule', 'a.json', '--verbose'], 'unknown option --verbose'],
    [['protocol', 'schedule', 'a.json', '--json=yes'], 'option --json takes no value'],
    [['protocol', 'schema', 'a.json'], 'unexpected argument "a.json"'],
    [['bundle'], 'missing bundle command (verify, inspect, odm, csv, merge)'],
    [['bundle', 'check', 'b.zip'], 'unknown bundle command "check"'],
    [['bundle', 'verify'], 'missing FILE for "bundle verify"'],
    [['bundle', 'verify', 'a.zip', 'b.zip'], 'unexpected argument "b.zip"'],
    [['bundle', 'verify', 'a.zip', '--json'], 'option --json does not apply here'],
    [['bundle', 'odm', 'a.zip', '-o', 'x'], 'option -o does not apply here'],
    [['bundle', 'csv', 'a.zip'], 'missing -o DIR for "bundle csv" (the folder for the CSV files)'],
    [['bundle', 'merge', '-o', 'm.zip'], 'missing FILE for "bundle merge"'],
    [['bundle', 'merge', 'a.zip', 'b.zip'], 'missing -o OUT for "bundle merge" (the merged bundle)'],
    [['bundle', 'merge', 'a.zip', '-o', 'm.zip', '--output', 'n.zip'], 'option --output is given twice'],
    [['demo-data', '--subjects', '5', '-o', 'd.zip'], 'missing --protocol ID for "demo-data"'],
    [['demo-data', '--protocol', 'X', '-o', 'd.zip'], 'missing --subjects N for "demo-data"'],
    [['demo-data', '--protocol', 'X', '--subjects', '0', '-o', 'd.zip'], '--subjects must be a whole number from 1 to 1000000, not "0"'],
    [['demo-data', '--protocol', 'X', '--subjects', 'ten', '-o', 'd.zip'], '--subjects must be a whole number from 1 to 1000000, not "ten"'],
    [['demo-data', '--protocol', 'X', '--subjects', '5', '--seed', '-1', '-o', 'd.zip'], '--seed must be a whole number from 0 to 4294967295, not "-1"'],
    [['demo-data', '--protocol', 'X', '--subjects', '5', '--today', '30/06/2025', '-o', 'd.zip'], '--today must be a date (YYYY-MM-DD), not "30/06/2025"'],
    [['demo-data', '--protocol', 'X', '--subjects', '5'], 'missing -o OUT for "demo-data" (the bundle to write)'],
    [['demo-data', 'extra', '--protocol', 'X', '--subjects', '5', '-o', 'd.zip'], 'unexpected argument "extra"'],
    [['demo-data', '--protocol', 'X', '--subjects', '5', '-o', 'd.zip', '--json'], 'option --json does not apply here'],
  ])('%j is refused: %s', (argv, error) => {
    expect(parseArgs(argv)).toEqual({ ok: false, error });
  });
});
