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
  | { readonly kind: 'protocol-assumptions'; readonly file: string }
  | { readonly kind: 'bundle-verify'; readonly file: string; readonly protocolFile: string | undefined }
  | { readonly kind: 'bundle-inspect'; readonly file: string; readonly json: boolean; readonly protocolFile: string | undefined }
  | { readonly kind: 'bundle-odm'; readonly file: string; readonly protocolFile: string | undefined }
  | { readonly kind: 'bundle-csv'; readonly file: string; readonly outDir: string; readonly force: boolean; readonly protocolFile: string | undefined }
  | { readonly kind: 'bundle-merge'; readonly files: readonly string[]; readonly output: string; readonly force: boolean; readonly protocolFile: string | undefined }
  | {
      readonly kind: 'demo-data';
      readonly protocol: string;
      readonly subjects: number;
      readonly seed: number;
      readonly today: string | undefined;
      readonly site: string;
      readonly output: string;
      readonly force: boolean;
      readonly protocolFile: string | undefined;
    };

export type ParsedArgs = { readonly ok: true; readonly command: Command } | { readonly ok: false; readonly error: string };

/** The demo generator's seed when --seed is not given. */
export const DEFAULT_DEMO_SEED = 1;
/** The demo trial's site when --site is not given. */
export const DEFAULT_DEMO_SITE = '01';

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
  ecrf bundle verify FILE
      Check a CRF bundle (zip, manifest, every member's SHA-256, protocol, events, hash chains).
      Exit 0 with a one-line summary, 1 with each problem's code, path and message.
  ecrf bundle inspect FILE [--json]
      What a (verified) bundle holds: protocol, site, kind, time, previous bundle; subjects; events
      per device with seq ranges and chain heads; conflicts among its own events.
  ecrf bundle odm FILE
      The bundle's CDISC ODM 1.3.2 file (odm.xml) to stdout.
  ecrf bundle csv FILE -o DIR [--force]
      Write the bundle's CSV files into DIR (created if needed); existing files only with --force.
  ecrf bundle merge FILE... -o OUT [--force]
      Merge bundles of one protocol version into one full bundle with every device's whole chain:
      duplicates kept once; a fork, a gap (the missing range is named) or a missing ancestor refuses
      the merge. Conflicting changes are reported on stderr.
  ecrf demo-data --protocol ID --subjects N [--seed S] [--today YYYY-MM-DD] [--site ID] -o OUT [--force]
      A synthetic trial (the demo generator) for a seed protocol as a full bundle, streamed to OUT.
      Default seed ${DEFAULT_DEMO_SEED}, today the current date (UTC), site ${DEFAULT_DEMO_SITE}.
  ecrf help

  Bundles are read with the protocols of seeds/*.json; --protocol-file F adds one (it takes
  precedence over a seed of the same id and version). Output files are written atomically (a
  temporary file, then renamed) and an existing file is replaced only with --force.`;

const fail = (error: string): ParsedArgs => ({ ok: false, error });
const done = (command: Command): ParsedArgs => ({ ok: true, command });

type Options = Map<string, string | true>;

interface Split {
  readonly positionals: string[];
  readonly options: Options;
  readonly error?: string;
}

const VALUE_OPTIONS = new Set(['--arm', '--stage', '-o', '--protocol', '--subjects', '--seed', '--today', '--site', '--protocol-file']);
const FLAG_OPTIONS = new Set(['--json', '--help', '-h', '--force']);
/** Other spellings of an option. */
const ALIASES: Readonly<Record<string, string>> = { '--output': '-o' };

function split(argv: readonly string[]): Split {
  const positionals: string[] = [];
  const options: Options = new Map();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const written = eq === -1 ? arg : arg.slice(0, eq);
    const name = ALIASES[written] ?? written;
    if (options.has(name)) return { positionals, options, error: `option ${written} is given twice` };
    if (FLAG_OPTIONS.has(name)) {
      if (eq !== -1) return { positionals, options, error: `option ${written} takes no value` };
      options.set(name, true);
    } else if (VALUE_OPTIONS.has(name)) {
      const value = eq === -1 ? argv[(i += 1)] : arg.slice(eq + 1);
      if (value === undefined || value === '' || (eq === -1 && value.startsWith('--'))) return { positionals, options, error: `option ${written} needs a value` };
      options.set(name, value);
    } else {
      return { positionals, options, error: `unknown option ${written}` };
    }
  }
  return { positionals, options };
}

function onlyOptions(options: Options, allowed: readonly string[]): string | undefined {
  const extra = [...options.keys()].find((name) => !allowed.includes(name));
  return extra === undefined ? undefined : `option ${extra} does not apply here`;
}

const text = (options: Options, name: string): string | undefined => {
  const value = options.get(name);
  return typeof value === 'string' ? value : undefined;
};

/** A whole number in [min, max] written in digits, or an error naming the option. */
function wholeNumber(options: Options, name: string, min: number, max: number): { value: number | undefined; error?: string } {
  const raw = text(options, name);
  if (raw === undefined) return { value: undefined };
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || value < min || value > max) {
    return { value: undefined, error: `${name} must be a whole number from ${min} to ${max}, not "${raw}"` };
  }
  return { value };
}

function parseProtocolCommand(action: string | undefined, file: string | undefined, rest: readonly string[], options: Options): ParsedArgs {
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

const BUNDLE_ACTIONS = ['verify', 'inspect', 'odm', 'csv', 'merge'] as const;

function parseBundleCommand(action: string | undefined, files: readonly string[], options: Options): ParsedArgs {
  if (action === undefined) return fail(`missing bundle command (${BUNDLE_ACTIONS.join(', ')})`);
  if (!(BUNDLE_ACTIONS as readonly string[]).includes(action)) return fail(`unknown bundle command "${action}"`);
  const [file, ...rest] = files;
  if (file === undefined) return fail(`missing FILE for "bundle ${action}"`);
  const protocolFile = text(options, '--protocol-file');
  const output = text(options, '-o');
  const force = options.has('--force');
  if (action === 'merge') {
    const wrong = onlyOptions(options, ['-o', '--force', '--protocol-file']);
    if (wrong !== undefined) return fail(wrong);
    if (output === undefined) return fail('missing -o OUT for "bundle merge" (the merged bundle)');
    return done({ kind: 'bundle-merge', files, output, force, protocolFile });
  }
  if (rest.length > 0) return fail(`unexpected argument "${rest[0]}"`);
  if (action === 'csv') {
    const wrong = onlyOptions(options, ['-o', '--force', '--protocol-file']);
    if (wrong !== undefined) return fail(wrong);
    if (output === undefined) return fail('missing -o DIR for "bundle csv" (the folder for the CSV files)');
    return done({ kind: 'bundle-csv', file, outDir: output, force, protocolFile });
  }
  if (action === 'inspect') {
    const wrong = onlyOptions(options, ['--json', '--protocol-file']);
    return wrong === undefined ? done({ kind: 'bundle-inspect', file, json: options.has('--json'), protocolFile }) : fail(wrong);
  }
  const wrong = onlyOptions(options, ['--protocol-file']);
  if (wrong !== undefined) return fail(wrong);
  return done(action === 'verify' ? { kind: 'bundle-verify', file, protocolFile } : { kind: 'bundle-odm', file, protocolFile });
}

function parseDemoCommand(positionals: readonly string[], options: Options): ParsedArgs {
  if (positionals.length > 0) return fail(`unexpected argument "${positionals[0]}"`);
  const wrong = onlyOptions(options, ['--protocol', '--subjects', '--seed', '--today', '--site', '-o', '--force', '--protocol-file']);
  if (wrong !== undefined) return fail(wrong);
  const protocol = text(options, '--protocol');
  if (protocol === undefined) return fail('missing --protocol ID for "demo-data"');
  const subjects = wholeNumber(options, '--subjects', 1, 1_000_000);
  if (subjects.error !== undefined) return fail(subjects.error);
  if (subjects.value === undefined) return fail('missing --subjects N for "demo-data"');
  const seed = wholeNumber(options, '--seed', 0, 0xffff_ffff);
  if (seed.error !== undefined) return fail(seed.error);
  const today = text(options, '--today');
  if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) return fail(`--today must be a date (YYYY-MM-DD), not "${today}"`);
  const output = text(options, '-o');
  if (output === undefined) return fail('missing -o OUT for "demo-data" (the bundle to write)');
  return done({
    kind: 'demo-data',
    protocol,
    subjects: subjects.value,
    seed: seed.value ?? DEFAULT_DEMO_SEED,
    today,
    site: text(options, '--site') ?? DEFAULT_DEMO_SITE,
    output,
    force: options.has('--force'),
    protocolFile: text(options, '--protocol-file'),
  });
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const { positionals, options, error } = split(argv);
  if (error !== undefined) return fail(error);
  if (options.has('--help') || options.has('-h') || positionals.length === 0 || positionals[0] === 'help') return done({ kind: 'help' });
  const [area, action, ...rest] = positionals;
  if (area === 'protocol') return parseProtocolCommand(action, rest[0], rest.slice(1), options);
  if (area === 'bundle') return parseBundleCommand(action, rest, options);
  if (area === 'demo-data') return parseDemoCommand(positionals.slice(1), options);
  return fail(`unknown command "${area ?? ''}"`);
}
