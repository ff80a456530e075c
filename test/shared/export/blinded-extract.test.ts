import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CrfEvent } from '../../../shared/events';
import { buildBlindedExtract, memorySource, readBundle, type BlindedExtractManifest } from '../../../shared/export';
import { bundleInput, buildFull, concat, knownProtocols, membersOf } from './support/bundle';
import { realisticLog } from './support/realistic-log';
import { REPO_ROOT, seedProtocol } from './support/seeds';

const protocol = seedProtocol('NCT05985863');
const known = knownProtocols(protocol);

/**
 * The realistic day, plus what a blinded person must never take away: a re-randomisation to an arm
 * (with a reason naming it), the pharmacy form filled in (product, lot, cell counts, dose), and a query
 * on it. Every value is distinctive, so finding it anywhere in a file means it leaked.
 */
const SECRET = {
  armId: 'mscProlonged',
  armReason: 'Re-randomised to MSC-prolonged per list',
  lot: 'LOT-ZQX-7731',
  totalCells: '123456789',
  dosePerKg: '1987654',
  query: 'Pharmacy: please recount the vials',
};

function unblindingLog(): CrfEvent[] {
  const { a, b } = realisticLog(protocol);
  const s = 's-001';
  const pharmacy = { subjectId: s, visitId: 'w0', formId: 'pharmacy' };
  a.add({ type: 'subject.armAssigned', subjectId: s, reason: SECRET.armReason, payload: { arm: SECRET.armId, kitNumber: 'K-002', stage: 2, source: 'allocation-list' } });
  a.add({ type: 'item.valueSet', ...pharmacy, itemId: 'productActual', payload: { entered: 'PLACEBO', value: 'PLACEBO' } });
  a.add({ type: 'item.valueSet', ...pharmacy, itemId: 'productLot', payload: { entered: SECRET.lot, value: SECRET.lot } });
  a.add({ type: 'item.valueSet', ...pharmacy, itemId: 'totalCells', payload: { entered: SECRET.totalCells, value: Number(SECRET.totalCells), unit: 'cells' } });
  a.add({ type: 'item.valueSet', ...pharmacy, itemId: 'dosePerKg', payload: { entered: SECRET.dosePerKg, value: Number(SECRET.dosePerKg), unit: 'cells/kg' } });
  a.add({ type: 'form.completed', ...pharmacy, payload: {} });
  a.add({ type: 'query.opened', ...pharmacy, itemId: 'totalCells', payload: { queryId: 'q-ph', text: SECRET.query, system: false } }, { userId: 'u-monitor', role: 'monitor' });
  return [...a.events, ...b.events];
}

/** What the data above puts into an unblinded export, each of which would reveal the allocation. */
function revealing(): string[] {
  const pharmacyForm = protocol.forms.find((f) => f.id === 'pharmacy');
  if (pharmacyForm === undefined) throw new Error('the seed has no pharmacy form');
  return [
    ...Object.values(SECRET),
    // The arms as the events name them (a bare id is too common a word to scan for: "control").
    '"arm":"control"',
    `"arm":"${SECRET.armId}"`,
    // The unblinded-only form and its items: not even their ids, titles or code lists.
    'pharmacy',
    pharmacyForm.title.en,
    pharmacyForm.title.zh,
    ...pharmacyForm.items.map((i) => i.item),
    'Umbilical-cord mesenchymal stem cells',
    'PLACEBO',
  ];
}

/** Everything no blinded file may hold: the above, and every arm's id (as an event names it) and label. */
const forbidden = (): string[] => [...new Set([...revealing(), ...protocol.arms.flatMap((arm) => [`"arm":"${arm.id}"`, arm.label.en, arm.label.zh]), 'mscShort'])];

const textOf = (members: Record<string, Uint8Array>): [string, string][] => Object.entries(members).map(([path, bytes]) => [path, strFromU8(bytes)]);
const leaks = (members: Record<string, Uint8Array>) =>
  textOf(members).flatMap(([path, text]) => forbidden().filter((secret) => text.includes(secret)).map((secret) => `${path}: ${secret}`));

let log: CrfEvent[];
let extract: { bytes: Uint8Array; manifest: BlindedExtractManifest };
let members: Record<string, Uint8Array>;
beforeAll(async () => {
  log = unblindingLog();
  const chunks: Uint8Array[] = [];
  const built = await buildBlindedExtract(bundleInput(protocol, memorySource(log), { bundleId: 'extract-0001', exportedBy: { userId: 'u-blind', role: 'investigator' } }), (c) => {
    chunks.push(c);
  });
  if (!built.ok) throw new Error(JSON.stringify(built.issues));
  extract = { bytes: concat(chunks), manifest: built.value };
  members = membersOf(extract.bytes);
});

describe('a blinded extract', () => {
  it('the scan finds every secret in the full bundle of the same data (so it can fail)', async () => {
    const full = membersOf((await buildFull(protocol, log)).bytes);
    const found = new Set(leaks(full).map((l) => l.slice(l.indexOf(': ') + 2)));
    // Each is in some member of an unblinded export: the events name the arm and every value.
    expect(revealing().filter((secret) => !found.has(secret))).toEqual([]);
  });

  it('holds no arm, no arm label, and nothing of the unblinded-only form or item, in any member', () => {
    expect(leaks(members)).toEqual([]);
  });

  it('has no events.ndjson and no pharmacy CSV, and says it is blinded', () => {
    expect(Object.keys(members)).toContain('odm.xml');
    expect(Object.keys(members)).not.toContain('events.ndjson');
    expect(Object.keys(members).filter((p) => p.includes('pharmacy'))).toEqual([]);
    expect(Object.keys(members)).toEqual([...extract.manifest.members.map((m) => m.path), 'manifest.json']);
    const manifest = JSON.parse(strFromU8(members['manifest.json'] ?? new Uint8Array())) as Record<string, unknown>;
    expect(manifest).toMatchObject({ format: 'ecrf-crf-bundle', formatVersion: 2, blinded: true, subjects: 2, exportedBy: { userId: 'u-blind' } });
    expect(manifest).not.toHaveProperty('chains');
    for (const m of extract.manifest.members) expect(bytesToHex(sha256(members[m.path] ?? new Uint8Array()))).toBe(m.sha256);
  });

  it('still carries the visible data: values, missing reasons and the audit of visible changes', () => {
    const labs = strFromU8(members['csv/labs.csv'] ?? new Uint8Array());
    expect(labs).toContain('20.52');
    expect(labs).toContain('NOT DONE');
    const odm = strFromU8(members['odm.xml'] ?? new Uint8Array());
    expect(odm).toContain('FileType="Snapshot"');
    expect(odm).toContain('corrected from the lab report');
    expect(odm).toMatch(/<ItemData ItemOID="[^"]*bilirubin[^"]*"/);
  });

  it('is refused by readBundle with its own code and a clear message, never as a broken bundle', () => {
    const result = readBundle(extract.bytes, known);
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'blinded-extract', path: ['manifest.json', 'blinded'] }] });
    if (!result.ok) expect(result.issues[0]?.message).toMatch(/a blinded extract carries no events and cannot be imported/);
  });
});

// The CDISC schema files live beside the repository (see ../shared/odm/PROVENANCE.md).
const SCHEMA = resolve(REPO_ROOT, '../shared/odm/ODM1-3-2.xsd');
const work = mkdtempSync(join(tmpdir(), 'odm-blinded-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.skipIf(!existsSync(dirname(SCHEMA)))('the blinded odm.xml (skipped only when ../shared/odm is absent)', () => {
  it('validates against ODM1-3-2.xsd', () => {
    const file = join(work, 'blinded.xml');
    writeFileSync(file, members['odm.xml'] ?? new Uint8Array());
    const run = spawnSync('xmllint', ['--nonet', '--noout', '--schema', SCHEMA, file], { encoding: 'utf8' });
    expect(`${run.stdout}${run.stderr}`).toContain('validates');
    expect(run.status).toBe(0);
  });
});
