/**
 * Test support for the Bundles feature: stores with real data written through the repositories, and
 * bundles exported from them exactly as the Bundles page does (buildExport).
 */
import { strFromU8, unzipSync } from 'fflate';
import { afterEach } from 'vitest';
import {
  closeStore,
  completeForm,
  deleteStoreDatabase,
  enrolSubject,
  openStore,
  screenSubject,
  setItemValue,
  type Store,
  type WriteContext,
} from '../../../../../renderer/db';
import { loadBuiltInProtocols } from '../../../../../renderer/app/providers';
import { buildExport, type BuiltExport } from '../../../../../renderer/features/bundles/build-export';
import type { StoredExportMark } from '../../../../../renderer/db/backup-state';
import { parseEvent, type CrfEvent } from '../../../../../shared/events';
import { protocolIdentity, readBundle, type BundleContents, type BundleKind } from '../../../../../shared/export';
import type { Result } from '../../../../../shared/lib/result';
import type { Protocol } from '../../../../../shared/protocol';

const seeds = loadBuiltInProtocols().protocols;
export const TRIAL: Protocol = seeds.find((p) => p.id === 'NCT05985863') ?? (() => { throw new Error('no seed NCT05985863'); })();
export const KNOWN = { protocols: seeds.map(protocolIdentity) };

const as = (userId: string, role: WriteContext['role']): WriteContext => ({ userId, role, protocolId: TRIAL.id, protocolVersion: TRIAL.version });
export const NURSE = as('u-nurse', 'nurse');
export const INVESTIGATOR = as('u-investigator', 'investigator');
export const DATA_MANAGER = { userId: 'u-dm', role: 'data-manager' } as const;

export const bilirubin = (subjectId = 'subj-1') => ({ subjectId, visitId: 'w0', formId: 'labs', itemId: 'bilirubin' });
export const labs = (subjectId = 'subj-1') => ({ subjectId, visitId: 'w0', formId: 'labs' });

let stores = 0;
const opened: { store: Store; name: string }[] = [];

/** A fresh store (fake-indexeddb) with its own device id (or `deviceId`) and a clock that ticks a second per call. */
export async function freshStore(label = 'dev', deviceId?: string): Promise<Store> {
  stores += 1;
  const name = `bundles-${label}-${stores}-${Math.random().toString(36).slice(2)}`;
  let ids = 0;
  let ticks = 0;
  const result = await openStore({
    name,
    // The first id made is the device id (unless one is forced, to act out two installs sharing one).
    newId: () => ((ids += 1) === 1 && deviceId !== undefined ? deviceId : `${label}${stores}-${ids}`),
    clock: () => new Date(Date.UTC(2025, 2, 10, 1, 0, 0) + (ticks += 1) * 1000),
  });
  if (!result.ok) throw new Error(result.issues.message);
  opened.push({ store: result.value, name });
  return result.value;
}

afterEach(async () => {
  for (const { store, name } of opened.splice(0)) {
    closeStore(store);
    await deleteStoreDatabase(name);
  }
});

export function expectOk<T, E>(result: Result<T, E>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.issues)}`);
  return result.value;
}

/** Screens and enrols a subject of NCT05985863 at site 03. */
export async function enrol(store: Store, subjectId = 'subj-1', code = '03-001'): Promise<void> {
  expectOk(
    await screenSubject(store, INVESTIGATOR, subjectId, {
      siteId: '03',
      screenedOn: '2025-03-01',
      answers: [{ criterionId: 'age-18-70', answer: 'yes' }],
      result: 'eligible',
      confirmedBy: 'u-investigator',
    }),
  );
  expectOk(await enrolSubject(store, NURSE, subjectId, { siteId: '03', subjectCode: code, sex: 'F', birthYear: 1968, day1: '2025-03-03' }));
}

export async function setBilirubin(store: Store, value: number, subjectId = 'subj-1', reason?: string): Promise<void> {
  expectOk(await setItemValue(store, NURSE, bilirubin(subjectId), { entered: String(value), value, unit: 'µmol/L' }, reason));
}

export async function completeLabs(store: Store, subjectId = 'subj-1'): Promise<void> {
  expectOk(await completeForm(store, NURSE, labs(subjectId)));
}

/** A bundle of NCT05985863 from `store`, as the Bundles page makes it. */
export async function exportFrom(store: Store, kind: BundleKind = 'full', previous?: StoredExportMark): Promise<BuiltExport> {
  return expectOk(await buildExport({ store, protocol: TRIAL, kind, site: '03', exportedBy: DATA_MANAGER, previous }));
}

export const read = (bytes: Uint8Array): BundleContents => expectOk(readBundle(bytes, KNOWN));

/** The events a bundle carries, straight from its events.ndjson. */
export function eventsIn(bytes: Uint8Array): CrfEvent[] {
  const text = strFromU8(unzipSync(bytes)['events.ndjson'] ?? new Uint8Array());
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => expectOk(parseEvent(JSON.parse(line))));
}

/** Everything a store holds that an import could change. */
export async function snapshot(store: Store) {
  const { db } = store;
  return {
    events: await db.events.toArray(),
    subjects: await db.subjects.toArray(),
    visits: await db.visits.toArray(),
    entries: await db.entries.toArray(),
    queries: await db.queries.toArray(),
    meta: await db.meta.toArray(),
  };
}
