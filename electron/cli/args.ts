/**
 * Command-line arguments → a command, as a pure function so every form of misuse is testable without
 * spawning a process. Options accept "--arm ID" and "--arm=ID".
 */

export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'protocol-check'; readonly file: string }
  | {
      readonly kind: 'protocol-schedule';
      readonly file: string;
      readonly arm: string | undefined;
      readonly stage: number | undefined;
      readonly json: boolean;
    }
  | { readonly kind: 'protocol-schema' }
  | { readonly kind: 'protocol-assumptions'; readonly file: string };

export type ParsedArgs = { readonly ok: true; readonly command: Command } | { readonly ok: false; readonly error: string };

export const USAGE = `Usage:
  ecrf protocol check FILE
      Check a protocol definition; prints every issue with its JSON path. Exit 1 on any error.
  ecrf protocol schedule FILE [--arm ID] [--stage N] [--json]
      The visits in order: every visit of every arm and stage, or those of one arm (in its final stage
      unless --stage is given) or of one stage. --json prints
      [{ "visit", "week", "day", "window": [before, after], "forms": [...] }].
  ecrf protocol assumptions FILE
      Every assumption marked in the protocol, as a Markdown table (seeds/README.md embeds them).
  ecrf protocol schema
      The JSON Schema of protocol definitions (seeds/protocol.schema.json).
  ecrf help`;

const fail = (error: string): ParsedArgs => ({ ok: false, error });
const done = (command: Command): ParsedArgs => ({ ok: true, command });

interface Split {
  readonly positionals: string[];
  readonly options: Map<string, string | true>;
  readonly error?: string;
}

const VALUE_OPTIONS = new Set(['--arm', '--stage']);
const FLAG_OPTIONS = new Set(['--json', '--help', '-h']);

function split(argv: readonly string[]): Split {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (options.has(name)) return { positionals, options, error: `option ${name} is given twice` };
    if (FLAG_OPTIONS.has(name)) {
      if (eq !== -1) return { positionals, options, error: `option ${name} takes no value` };
      options.set(name, true);
    } else if (VALUE_OPTIONS.has(name)) {
      const value = eq === -1 ? argv[(i += 1)] : arg.slice(eq + 1);
      if (value === undefined || value === '' || (eq === -1 && value.startsWith('--'))) return { positionals, options, error: `option ${name} needs a value` };
      options.set(name, value);
    } else {
      return { positionals, options, error: `unknown option ${name}` };
    }
  }
  return { positionals, options };
}

function onlyOptions(options: Map<string, string | true>, allowed: readonly string[]): string | undefined {
  const extra = [...options.keys()].find((name) => !allowed.includes(name));
  return extra === undefined ? undefined : `option ${extra} does not apply here`;
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const { positionals, options, error } = split(argv);
  if (error !== undefined) return fail(error);
  if (options.has('--help') || options.has('-h') || positionals.length === 0 || positionals[0] === 'help') return done({ kind: 'help' });
  const [area, action, file, ...rest] = positionals;
  if (area !== 'protocol') return fail(`unknown command "${area ?? ''}"`);
  if (action === 'schema') {
    if (file !== undefined) return fail(`unexpected argument "${file}"`);
    const wrong = onlyOptions(options, []);
    return wrong === undefined ? done({ kind: 'protocol-schema' }) : fail(wrong);
  }
  if (action !== 'check' && action !== 'schedule' && action !== 'assumptions') {
    return fail(action === undefined ? 'missing protocol command (check, schedule, assumptions or schema)' : `unknown protocol command "${action}"`);
  }
  if (file === undefined) return fail(`missing FILE for "protocol ${action}"`);
  if (rest.length > 0) return fail(`unexpected argument "${rest[0]}"`);
  if (action === 'check' || action === 'assumptions') {
    const wrong = onlyOptions(options, []);
    if (wrong !== undefined) return fail(wrong);
    return done(action === 'check' ? { kind: 'protocol-check', file } : { kind: 'protocol-assumptions', file });
  }
  const wrong = onlyOptions(options, ['--arm', '--stage', '--json']);
  if (wrong !== undefined) return fail(wrong);
  const stageText = options.get('--stage');
  const stage = typeof stageText === 'string' ? Number(stageText) : undefined;
  if (stage !== undefined && !(Number.isInteger(stage) && stage >= 1 && /^\d+$/.test(String(stageText)))) return fail(`--stage must be a whole number ≥ 1, not "${String(stageText)}"`);
  const arm = options.get('--arm');
  return done({ kind: 'protocol-schedule', file, arm: typeof arm === 'string' ? arm : undefined, stage, json: options.has('--json') });
}
