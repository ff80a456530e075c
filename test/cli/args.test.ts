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
  ])('%j is refused: %s', (argv, error) => {
    expect(parseArgs(argv)).toEqual({ ok: false, error });
  });
});
