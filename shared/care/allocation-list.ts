/**
 * Sealed allocation lists: per site, in order, the kit (and, for unblinded lists, the arm) each next
 * subject receives. A list is a CSV or JSON file (format in docs/guide-nurse.md, "Allocation lists"):
 *
 *   CSV  header `list_id,protocol,stage,site,sequence,kit[,arm]`, one entry per row;
 *   JSON `{"format":"ecrf-allocation-list","version":1,"listId","protocolId","stage","entries":[{site,sequence,kit,arm?}]}`.
 *
 * The next unused entry of the subject's site (lowest sequence whose kit no subject holds) is assigned at
 * enrolment (stage 1) and at a re-randomisation (stage 2 of NCT05985863). Pure: the caller supplies the
 * kits already used.
 */
import { z } from 'zod';
import { fail, ok, type Issue, type Result } from '../lib/result';
import { isValidAllocation, type Protocol } from '../protocol';
import { readCsv } from './csv';

export interface AllocationEntry {
  readonly site: string;
  readonly sequence: number;
  readonly kit: string;
  /** Absent in a kit-only list (the arm stays with the pharmacy). */
  readonly arm?: string | undefined;
}

export interface AllocationList {
  readonly listId: string;
  readonly protocolId: string;
  readonly stage: number;
  readonly entries: readonly AllocationEntry[];
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
const SITE = /^[A-Za-z0-9]{1,16}$/;
const KIT = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/;

const EntrySchema = z.strictObject({
  site: z.string().regex(SITE, 'a site is 1 to 16 letters or digits'),
  sequence: z.int().min(1),
  kit: z.string().regex(KIT, 'a kit number is 1 to 64 letters, digits, ".", "_", "/" or "-"'),
  arm: z.string().regex(ID, 'an arm id').optional(),
});

const JsonListSchema = z.strictObject({
  format: z.literal('ecrf-allocation-list'),
  version: z.literal(1),
  listId: z.string().regex(ID, 'a list id is 1-128 letters, digits, ".", "_", ":" or "-"'),
  protocolId: z.string().min(1),
  stage: z.int().min(1).max(9),
  entries: z.array(EntrySchema).min(1),
});

const issue = (path: Issue['path'], message: string): Issue => ({ path, message, severity: 'error' });

const CSV_COLUMNS = ['list_id', 'protocol', 'stage', 'site', 'sequence', 'kit'] as const;

function parseCsvList(text: string): Result<AllocationList, Issue[]> {
  const csv = readCsv(text);
  if (!csv.ok) return fail([issue(['line', csv.line], csv.message)]);
  const [header, ...rows] = csv.rows;
  if (header === undefined) return fail([issue([], 'the file is empty')]);
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const missing = CSV_COLUMNS.filter((c) => !names.includes(c));
  if (missing.length > 0) return fail([issue(['line', header.line], `missing column(s): ${missing.join(', ')}`)]);
  if (rows.length === 0) return fail([issue([], 'the list has no entries')]);
  const col = (row: readonly string[], name: string): string => (row[names.indexOf(name)] ?? '').trim();
  const issues: Issue[] = [];
  const entries: AllocationEntry[] = [];
  const first = rows[0]?.fields ?? [];
  const listId = col(first, 'list_id');
  const protocolId = col(first, 'protocol');
  const stageText = col(first, 'stage');
  for (const { line, fields } of rows) {
    for (const [name, expected] of [['list_id', listId], ['protocol', protocolId], ['stage', stageText]] as const) {
      if (col(fields, name) !== expected) issues.push(issue(['line', line, name], `every row must have the same ${name} ("${expected}")`));
    }
    const arm = names.includes('arm') ? col(fields, 'arm') : '';
    const sequenceText = col(fields, 'sequence');
    const parsed = EntrySchema.safeParse({
      site: col(fields, 'site'),
      sequence: /^[0-9]+$/.test(sequenceText) ? Number(sequenceText) : sequenceText,
      kit: col(fields, 'kit'),
      ...(arm === '' ? {} : { arm }),
    });
    if (parsed.success) entries.push(parsed.data);
    else parsed.error.issues.forEach((i) => issues.push(issue(['line', line, String(i.path[0] ?? '')], i.message)));
  }
  if (!ID.test(listId)) issues.push(issue(['line', rows[0]?.line ?? 2, 'list_id'], 'a list id is 1-128 letters, digits, ".", "_", ":" or "-"'));
  if (!/^[1-9]$/.test(stageText)) issues.push(issue(['line', rows[0]?.line ?? 2, 'stage'], 'the stage is a number from 1 to 9'));
  if (issues.length > 0) return fail(issues);
  return ok({ listId, protocolId, stage: Number(stageText), entries });
}

function parseJsonList(text: string): Result<AllocationList, Issue[]> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail([issue([], `not valid JSON: ${error instanceof Error ? error.message : String(error)}`)]);
  }
  const parsed = JsonListSchema.safeParse(value);
  if (!parsed.success) return fail(parsed.error.issues.map((i) => issue(i.path.filter((p) => typeof p !== 'symbol'), i.message)));
  const { listId, protocolId, stage, entries } = parsed.data;
  return ok({ listId, protocolId, stage, entries });
}

/** Structure and uniqueness: kits unique; one entry per site and sequence. */
function checkUnique(list: AllocationList): Issue[] {
  const issues: Issue[] = [];
  const kits = new Set<string>();
  const slots = new Set<string>();
  list.entries.forEach((entry, index) => {
    const at = (field: string): Issue['path'] => ['entries', index, field];
    if (kits.has(entry.kit)) issues.push(issue(at('kit'), `kit ${entry.kit} appears twice`));
    kits.add(entry.kit);
    const slot = `${entry.site}#${entry.sequence}`;
    if (slots.has(slot)) issues.push(issue(at('sequence'), `site ${entry.site} has sequence ${entry.sequence} twice`));
    slots.add(slot);
  });
  return issues;
}

/** A list file (CSV or JSON, told apart by its first character) → the list, or every issue with its path. */
export function parseAllocationList(text: string): Result<AllocationList, Issue[]> {
  const json = text.trimStart().startsWith('{');
  const parsed = json ? parseJsonList(text) : parseCsvList(text);
  if (!parsed.ok) return parsed;
  const issues = checkUnique(parsed.value);
  return issues.length > 0 ? fail(issues) : parsed;
}

/** The list against the protocol it names: the stage exists and every arm can be in that stage. */
export function checkListAgainstProtocol(list: AllocationList, protocol: Protocol): Issue[] {
  if (list.protocolId !== protocol.id) return [issue(['protocolId'], `the list is for protocol ${list.protocolId}, not ${protocol.id}`)];
  if (!protocol.stages.some((s) => s.number === list.stage)) return [issue(['stage'], `protocol ${protocol.id} has no stage ${list.stage}`)];
  return list.entries.flatMap((entry, index) =>
    entry.arm === undefined || isValidAllocation(protocol, { arm: entry.arm, stage: list.stage })
      ? []
      : [issue(['entries', index, 'arm'], `arm "${entry.arm}" cannot be in stage ${list.stage} of ${protocol.id}`)],
  );
}

export interface NextEntryRequest {
  readonly protocolId: string;
  readonly stage: number;
  readonly site: string;
  /** Kits any subject already received (from any list). */
  readonly usedKits: ReadonlySet<string>;
  /** Only entries for these arms (entries without an arm always qualify); absent = any. */
  readonly arms?: readonly string[] | undefined;
}

/** The next unused entry for a site: lists in the order given (import order), then by sequence. */
export function nextAllocationEntry(lists: readonly AllocationList[], request: NextEntryRequest): (AllocationEntry & { readonly listId: string }) | undefined {
  for (const list of lists) {
    if (list.protocolId !== request.protocolId || list.stage !== request.stage) continue;
    const next = [...list.entries]
      .filter((e) => e.site === request.site && !request.usedKits.has(e.kit))
      .filter((e) => request.arms === undefined || e.arm === undefined || request.arms.includes(e.arm))
      .sort((a, b) => a.sequence - b.sequence)[0];
    if (next !== undefined) return { ...next, listId: list.listId };
  }
  return undefined;
}

/** Unused entries left for a site in one stage (for the "n kits left" line). */
export function remainingEntries(lists: readonly AllocationList[], request: Omit<NextEntryRequest, 'arms'>): number {
  return lists
    .filter((l) => l.protocolId === request.protocolId && l.stage === request.stage)
    .reduce((n, l) => n + l.entries.filter((e) => e.site === request.site && !request.usedKits.has(e.kit)).length, 0);
}
