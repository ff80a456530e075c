/**
 * The `ecrf protocol …` commands as pure functions of the file's text: they return what to print and
 * the exit code, so tests need no process and the entry point stays a thin shell.
 */
import { formatPath, type Issue } from '../../shared/lib/result';
import { groupAssumptions, inspectProtocol, parseJsonText, protocolJsonSchemaText, type Protocol, type ProtocolCatalogue } from '../../shared/protocol';
import { visitPlan, type PlannedVisit } from '../../shared/schedule';
import { assumptionsMarkdown } from './assumptions-markdown';

export interface CommandOutput {
  readonly stdout: string;
  readonly stderr: string;
  /** 0 success, 1 the input has errors (or cannot be read), 2 wrong usage. */
  readonly exitCode: 0 | 1 | 2;
}

const out = (stdout: string, exitCode: 0 | 1 = 0): CommandOutput => ({ stdout, stderr: '', exitCode });
const err = (stderr: string, exitCode: 1 | 2 = 1): CommandOutput => ({ stdout: '', stderr, exitCode });
const lines = (list: readonly string[]): string => (list.length === 0 ? '' : `${list.join('\n')}\n`);
const plural = (n: number, word: string, words = `${word}s`): string => `${n} ${n === 1 ? word : words}`;

export const issueLine = (issue: Issue): string =>
  `${formatPath(issue.path)}: ${issue.severity === 'warning' ? 'warning: ' : ''}${issue.message}`;

function summary(p: Protocol, warnings: number): string {
  const machine = p.eligibility.filter((c) => c.rule !== undefined).length;
  const assumptions = groupAssumptions(p).reduce((n, g) => n + g.where.length, 0);
  return (
    `ok: ${p.id} version ${p.version} (${p.registryId}): ${plural(p.arms.length, 'arm')}, ${plural(p.stages.length, 'stage')}, ` +
    `${plural(p.visits.length, 'visit')}, ${plural(p.forms.length, 'form')}, ${plural(p.endpoints.length, 'endpoint')}, ` +
    `${plural(p.eligibility.length, 'criterion', 'criteria')} (${machine} machine-checked, ${p.eligibility.length - machine} by judgement), ` +
    `${plural(assumptions, 'marked assumption')}, ${plural(warnings, 'warning')}`
  );
}

type Loaded = { ok: true; protocol: Protocol; issues: readonly Issue[] } | { ok: false; output: CommandOutput };

function load(file: string, text: string, catalogue: ProtocolCatalogue): Loaded {
  const json = parseJsonText(text);
  if (!json.ok) return { ok: false, output: err(`${file}:${json.line}:${json.column}: not valid JSON: ${json.message}\n`) };
  const { protocol, issues } = inspectProtocol(json.value, catalogue);
  if (protocol === undefined) {
    const errors = issues.filter((i) => i.severity === 'error').length;
    const body = lines(issues.map(issueLine));
    return { ok: false, output: { stdout: body, stderr: `${file}: ${plural(errors, 'error')}, ${plural(issues.length - errors, 'warning')}\n`, exitCode: 1 } };
  }
  return { ok: true, protocol, issues };
}

export function checkCommand(file: string, text: string, catalogue: ProtocolCatalogue): CommandOutput {
  const loaded = load(file, text, catalogue);
  if (!loaded.ok) return loaded.output;
  return out(lines([...loaded.issues.map(issueLine), `${file}: ${summary(loaded.protocol, loaded.issues.length)}`]));
}

/** The JSON shape printed by `schedule --json`. */
export const scheduleJson = (plan: readonly PlannedVisit[]) =>
  plan.map((v) => ({ visit: v.visit, week: v.week, day: v.day, window: v.window, forms: v.forms }));

function scheduleTable(plan: readonly PlannedVisit[]): string {
  const rows = plan.map((v) => [v.visit, v.week === null ? '-' : String(v.week), v.day === null ? '-' : String(v.day), v.window === null ? 'on demand' : `-${v.window[0]}/+${v.window[1]}`, v.forms.join(', ')]);
  const header = ['visit', 'week', 'day', 'window', 'forms'];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  return lines([header, ...rows].map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c] ?? 0))).join('  ')));
}

export interface ScheduleOptions {
  readonly arm: string | undefined;
  readonly stage: number | undefined;
  readonly json: boolean;
}

export function scheduleCommand(file: string, text: string, options: ScheduleOptions, catalogue: ProtocolCatalogue): CommandOutput {
  const loaded = load(file, text, catalogue);
  if (!loaded.ok) {
    const { stdout } = loaded.output;
    return stdout === '' ? loaded.output : err(`${stdout}${file}: the protocol has errors; run "ecrf protocol check ${file}"\n`);
  }
  const plan = visitPlan(loaded.protocol, { arm: options.arm, stage: options.stage });
  if (!plan.ok) return err(lines(plan.issues.map((i) => `${file}: ${i.message}`)));
  return out(options.json ? `${JSON.stringify(scheduleJson(plan.value), null, 2)}\n` : scheduleTable(plan.value));
}

export const schemaCommand = (): CommandOutput => out(protocolJsonSchemaText());

export function assumptionsCommand(file: string, text: string, catalogue: ProtocolCatalogue): CommandOutput {
  const loaded = load(file, text, catalogue);
  return loaded.ok ? out(assumptionsMarkdown(loaded.protocol)) : loaded.output;
}
