/**
 * The bench page: the app's own code paths (shared/ and renderer/db, the export and import functions the
 * bundles page calls), run in Chromium on the app's origin, timed with performance.now(). Exposed as
 * `window.bench` for test/bench/run-bench.ts. Nothing here writes IndexedDB except through the app's
 * functions, apart from the bare-put baseline, which writes a database of its own. The store is set up as
 * a real laptop's (site setup, accounts, encrypted at rest) so the figures are those of the app as shipped.
 */
import '../../../renderer/zod-config';
import { BENCH_ADMIN, BENCH_NURSE, BENCH_PASSWORD, type BenchApi, type DataConfig, type FormTarget, type ImportStep } from '../bench-api';
import { generateDemoTrial } from '../../../shared/demo';
import { protocolIdentity, readBundleAsync } from '../../../shared/export';
import { buildDraftSchema, buildVisitModel, validateEntry, type FormModel } from '../../../shared/forms';
import type { Protocol } from '../../../shared/protocol';
import { buildReview } from '../../../shared/review';
import type { CrfEvent, EntryRow, ItemValue } from '../../../shared/events';
import { loadBuiltInProtocols } from '../../../renderer/app/providers/builtin-protocols';
import { handOverDataKey } from '../../../renderer/app/providers/session-keys';
import { closeStore, createAccount, deleteStoreDatabase, login, openStore, setItemValue, setUpSite, type Store, type WriteContext } from '../../../renderer/db';
import { encryptExistingData, isStoreEncrypted } from '../../../renderer/db/encryption';
import { importBundle, planBundleImport } from '../../../renderer/db/bundle-import';
import { prepareExport } from '../../../renderer/db/export-reads';
import { appendGeneratedEvents } from '../../../renderer/db/generated-events';
import { reviewRows } from '../../../renderer/db/review-reads';
import { buildExport } from '../../../renderer/features/bundles/build-export';
import { draftsFromEntry } from '../../../renderer/forms/store-drafts';
import { inputIdOf } from '../../../renderer/forms/field-path';

const APP_DATABASE = 'bedside-ecrf';
const MANAGER = { userId: 'u-bench-dm', displayName: 'Bench Data Manager', role: 'data-manager', blinded: false } as const;

const protocols = loadBuiltInProtocols().protocols;
const identities = protocols.map(protocolIdentity);

let config: DataConfig | undefined;
let store: Store | undefined;
let lastBundle: Uint8Array | undefined;
/** The nurse's user id and the data key, as the app's session holds them after sign-in. */
let session: { userId: string; dataKey: Uint8Array } | undefined;

const now = (): number => performance.now();

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`bench: ${what}`);
  return value;
}

const protocolOf = (id: string): Protocol => must(protocols.find((p) => p.id === id), `no built-in protocol ${id}`);
const current = (): { store: Store; config: DataConfig; protocol: Protocol } => {
  const c = must(config, 'load() first');
  return { store: must(store, 'load() first'), config: c, protocol: protocolOf(c.protocolId) };
};

/** Deterministic ids shaped like the app's UUIDs (xorshift32), so every run stores the same data. */
function uuidSource(seed: number): () => string {
  let state = seed >>> 0 || 0x9e3779b9;
  const next = (): number => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state;
  };
  const hex = (n: number, digits: number): string => n.toString(16).padStart(8, '0').slice(8 - digits);
  return () => {
    const [a, b, c, d] = [next(), next(), next(), next()];
    return `${hex(a, 8)}-${hex(b, 4)}-4${hex(b >>> 16, 3)}-${(8 + (c & 3)).toString(16)}${hex(c >>> 8, 3)}-${hex(d, 8)}${hex(c >>> 20, 4)}`;
  };
}

async function open(name: string): Promise<Store> {
  const opened = await openStore({ name });
  if (!opened.ok) throw new Error(`bench: cannot open ${name}: ${opened.issues.message}`);
  return opened.value;
}

const heapUsed = (): number => (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;

/** As the app's sign-in does: the login opens the data key, which unlocks the encrypted store. */
async function signInNurse(s: Store): Promise<void> {
  const signed = await login(s, BENCH_NURSE.login, BENCH_PASSWORD);
  if (!signed.ok) throw new Error(`bench: the nurse cannot sign in: ${JSON.stringify(signed.issues)}`);
  const handed = await handOverDataKey(s, signed.value.dataKey);
  if (!handed.ok) throw new Error(`bench: the store does not unlock: ${handed.issues}`);
  session = { userId: signed.value.account.userId, dataKey: signed.value.dataKey };
}

/**
 * The app's first run on an empty store: site setup (the administrator and the data key; the store is sealed
 * under it, as the setup screen's hand-over does), then the nurse's account created by the administrator.
 */
async function setUpAsTheAppDoes(s: Store, siteId: string): Promise<void> {
  const setUp = await setUpSite(s, { siteId, admin: { ...BENCH_ADMIN, password: BENCH_PASSWORD } });
  if (!setUp.ok) throw new Error(`bench: site setup refused: ${JSON.stringify(setUp.issues)}`);
  const handed = await handOverDataKey(s, setUp.value.session.dataKey);
  if (!handed.ok) throw new Error(`bench: the store was not sealed: ${handed.issues}`);
  const nurse = await createAccount(s, setUp.value.session, { ...BENCH_NURSE, password: BENCH_PASSWORD });
  if (!nurse.ok) throw new Error(`bench: the nurse's account was refused: ${JSON.stringify(nurse.issues)}`);
  session = { userId: nurse.value.userId, dataKey: setUp.value.session.dataKey };
}

/** Opens the database a previous load filled (a kept profile), without loading again. */
async function attach(next: DataConfig) {
  if (store !== undefined) closeStore(store);
  config = next;
  store = await open(APP_DATABASE);
  await signInNurse(store);
  const events = await store.db.events.count();
  const subjects = await store.db.subjects.count();
  const estimate = await navigator.storage.estimate();
  return { setupMs: 0, events, subjects, generateMs: 0, appendMs: 0, totalMs: 0, storageBytes: estimate.usage };
}

async function load(next: DataConfig) {
  if (store !== undefined) closeStore(store);
  store = undefined;
  config = next;
  const began = now();
  await deleteStoreDatabase(APP_DATABASE);
  const opened = await open(APP_DATABASE);
  store = opened;
  const setupStart = now();
  await setUpAsTheAppDoes(opened, next.siteId);
  const setupMs = now() - setupStart;
  if (!(await isStoreEncrypted(opened))) throw new Error('bench: the store is not encrypted after setup');
  const newId = uuidSource(next.seed);
  const trial = generateDemoTrial({
    protocol: protocolOf(next.protocolId),
    subjects: next.subjects,
    seed: next.seed,
    today: next.today,
    startDate: next.startDate,
    deviceId: newId(),
    newId,
    sites: [next.siteId],
    batchSize: next.batchSize,
    rates: next.rates,
  });
  if (!trial.ok) throw new Error(`bench: demo options refused: ${JSON.stringify(trial.issues)}`);
  let generateMs = 0;
  let appendMs = 0;
  let events = 0;
  const batches = trial.value[Symbol.iterator]();
  for (;;) {
    const t0 = now();
    const step = batches.next();
    const t1 = now();
    generateMs += t1 - t0;
    if (step.done === true) break;
    const written = await appendGeneratedEvents(opened, step.value);
    if (!written.ok) throw new Error(`bench: loading refused: ${JSON.stringify(written.issues)}`);
    appendMs += now() - t1;
    events += step.value.length;
  }
  const subjects = await opened.db.subjects.count();
  const estimate = await navigator.storage.estimate();
  return { setupMs, events, subjects, generateMs, appendMs, totalMs: now() - began, storageBytes: estimate.usage };
}

/** Opens (creating) a database with one object store keyed like the events table, without indexes. */
function openBare(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('bench-bare-put', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('events', { keyPath: ['deviceId', 'seq'] });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('bench: bare database'));
  });
}

function barePut(db: IDBDatabase, record: unknown): Promise<string> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction('events', 'readwrite');
    tx.objectStore('events').put(record);
    tx.oncomplete = () => resolve((tx as IDBTransaction & { durability?: string }).durability ?? 'unknown');
    tx.onerror = () => reject(tx.error ?? new Error('bench: bare put'));
    tx.onabort = () => reject(tx.error ?? new Error('bench: bare put aborted'));
  });
}

/**
 * A numeric item value on a vitals form: what the change toggles. Of a subject with no valid signature: a
 * signed casebook (or form) locks its data, and the change would be refused.
 */
async function numericItem(s: Store): Promise<{ entry: EntryRow; itemId: string; value: number; unit: string | undefined }> {
  const signed = new Set((await s.db.signatures.toArray()).filter((g) => g.status === 'valid').map((g) => g.subjectId));
  let found: { entry: EntryRow; itemId: string; value: number; unit: string | undefined } | undefined;
  await s.db.entries
    .filter((e) => e.formId === 'vitals' && e.recordId === '' && !e.removed && !signed.has(e.subjectId))
    .until(() => found !== undefined)
    .each((entry) => {
      if (found !== undefined) return;
      for (const [itemId, state] of Object.entries(entry.items)) {
        const v = state.current;
        if (v.kind === 'value' && typeof v.value === 'number' && state.concurrent.length === 0) {
          found = { entry, itemId, value: v.value, unit: v.unit };
          return;
        }
      }
    });
  return must(found, 'no numeric vitals value of an unsigned subject in the store');
}

async function fieldChanges(count: number) {
  const { store: s } = current();
  const { entry, itemId, value, unit } = await numericItem(s);
  const subject = must(await s.db.subjects.get(entry.subjectId), 'subject of the entry');
  const ctx: WriteContext = { userId: must(session, 'load() first').userId, role: BENCH_NURSE.role, protocolId: subject.protocolId, protocolVersion: subject.protocolVersion };
  const ref = { subjectId: entry.subjectId, visitId: entry.visitId, formId: entry.formId, itemId };
  const bare = await openBare();
  const commitMs: number[] = [];
  const barePutMs: number[] = [];
  let durability = 'unknown';
  try {
    for (let i = 0; i < count; i += 1) {
      const v: ItemValue = i % 2 === 0 ? value + 1 : value;
      const t0 = now();
      const saved = await setItemValue(s, ctx, ref, { entered: String(v), value: v, ...(unit === undefined ? {} : { unit }) }, 'Bench: transcription corrected');
      const t1 = now();
      if (!saved.ok || saved.value.status !== 'saved') throw new Error(`bench: the field change was not saved: ${JSON.stringify(saved)}`);
      const event: CrfEvent = saved.value.event;
      const t2 = now();
      durability = await barePut(bare, event);
      const t3 = now();
      commitMs.push(t1 - t0);
      barePutMs.push(t3 - t2);
    }
  } finally {
    bare.close();
    indexedDB.deleteDatabase('bench-bare-put');
  }
  return { commitMs, barePutMs, durability, item: `${entry.formId}/${itemId}` };
}

/** The visit and single form with the most fields the bench's (unblinded) nurse sees, for a subject's arm and stage. */
function largestForm(protocol: Protocol, arm: string | undefined, stage: number | undefined): { visitId: string; form: FormModel } {
  let best: { visitId: string; form: FormModel } | undefined;
  for (const visit of protocol.visits) {
    const model = buildVisitModel({ protocol, visitId: visit.id, ...(arm === undefined ? {} : { arm }), ...(stage === undefined ? {} : { stage }), blinded: BENCH_NURSE.blinded });
    if (!model.ok) continue;
    for (const form of model.value.forms) {
      if (!form.repeating && (best === undefined || form.fields.length > best.form.fields.length)) best = { visitId: visit.id, form };
    }
  }
  return must(best, 'no single form in the protocol');
}

async function formTargets(count: number): Promise<FormTarget[]> {
  const { store: s, protocol } = current();
  const subjects = (await s.db.subjects.toArray()).filter((x) => x.protocolId === protocol.id && x.day1 !== undefined).sort((a, b) => (a.subjectId < b.subjectId ? -1 : 1));
  const targets: FormTarget[] = [];
  for (const subject of subjects) {
    if (targets.length >= count) break;
    const { visitId, form } = largestForm(protocol, subject.arm, subject.stage);
    const entry = await s.db.entries.get([subject.subjectId, visitId, form.id, '']);
    if (entry === undefined || Object.keys(entry.items).length === 0) continue;
    const last = must([...form.fields].reverse().find((f) => f.applicability === undefined), 'a field that always applies');
    const subjectRoute = `/subjects/${encodeURIComponent(subject.subjectId)}`;
    targets.push({
      subjectId: subject.subjectId,
      visitId,
      formId: form.id,
      fields: form.fields.length,
      subjectRoute,
      route: `${subjectRoute}/visits/${encodeURIComponent(visitId)}?form=${encodeURIComponent(form.id)}`,
      lastInputId: inputIdOf({ formId: form.id, recordId: '', itemId: last.key }),
    });
  }
  return targets;
}

async function formParts(runs: number) {
  const { store: s, protocol } = current();
  const [target] = await formTargets(1);
  const t = must(target, 'a subject with the largest form filled');
  const subject = must(await s.db.subjects.get(t.subjectId), 'subject');
  const entry = await s.db.entries.get([t.subjectId, t.visitId, t.formId, '']);
  const modelMs: number[] = [];
  const schemaMs: number[] = [];
  const validateMs: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = now();
    const model = buildVisitModel({ protocol, visitId: t.visitId, ...(subject.arm === undefined ? {} : { arm: subject.arm }), ...(subject.stage === undefined ? {} : { stage: subject.stage }), blinded: BENCH_NURSE.blinded });
    const t1 = now();
    if (!model.ok) throw new Error('bench: visit model');
    const form = must(model.value.forms.find((f) => f.id === t.formId), 'form in the model');
    const schema = buildDraftSchema(form, { language: 'en' });
    const t2 = now();
    const drafts = draftsFromEntry(form, entry, {});
    schema.safeParse(drafts);
    validateEntry(form, drafts, {});
    const t3 = now();
    modelMs.push(t1 - t0);
    schemaMs.push(t2 - t1);
    validateMs.push(t3 - t2);
  }
  return { modelMs, schemaMs, validateMs };
}

async function review(runs: number) {
  const { store: s, protocol, config: c } = current();
  const t0 = now();
  const rows = await reviewRows(s, protocol.id);
  const readMs = now() - t0;
  const buildMs: number[] = [];
  let findings = 0;
  let visits = 0;
  for (let i = 0; i < runs; i += 1) {
    const t1 = now();
    const built = buildReview({ protocol, today: c.today, blinded: true, subjects: rows.subjects, visits: rows.visits, entries: rows.entries, queries: rows.queries });
    buildMs.push(now() - t1);
    if (!built.ok) throw new Error('bench: review refused');
    findings = built.value.findings.length;
    visits = built.value.subjects.reduce((n, subject) => n + subject.visits.length, 0);
  }
  return { readMs, buildMs, subjects: rows.subjects.length, visits, entries: rows.entries.length, findings };
}

async function exportBundle() {
  const { store: s, protocol, config: c } = current();
  lastBundle = undefined;
  let heapPeakInPage = heapUsed();
  const phasesMs: Record<string, number> = {};
  let phase = 'prepare';
  let phaseStart = now();
  let subjects = 0;
  const t0 = now();
  const built = await buildExport({
    store: s,
    protocol,
    kind: 'full',
    site: c.siteId,
    exportedBy: { userId: MANAGER.userId, role: MANAGER.role },
    previous: undefined,
    compressionLevel: 6,
    onProgress: (progress) => {
      heapPeakInPage = Math.max(heapPeakInPage, heapUsed());
      subjects = Math.max(subjects, progress.subjects);
      if (progress.phase !== phase) {
        phasesMs[phase] = (phasesMs[phase] ?? 0) + now() - phaseStart;
        phase = progress.phase;
        phaseStart = now();
      }
    },
  });
  const ms = now() - t0;
  phasesMs[phase] = (phasesMs[phase] ?? 0) + now() - phaseStart;
  if (!built.ok) throw new Error(`bench: export failed: ${JSON.stringify(built.issues).slice(0, 2000)}`);
  lastBundle = built.value.bytes;
  return {
    ms,
    zipBytes: built.value.bytes.length,
    events: built.value.prepared.eventCount,
    subjects,
    members: built.value.manifest.members.map((m) => ({ path: m.path, bytes: m.bytes })),
    heapPeakInPage,
    phasesMs,
  };
}

async function serializeEvents() {
  const { store: s, protocol } = current();
  const t0 = now();
  const prepared = await prepareExport(s, protocol.id, 'full', undefined);
  if (!prepared.ok) throw new Error('bench: prepareExport');
  let events = 0;
  let chars = 0;
  for await (const event of prepared.value.source.events()) {
    chars += JSON.stringify(event).length + 1;
    events += 1;
  }
  return { ms: now() - t0, events, chars };
}

async function importOnce(target: Store, bytes: Uint8Array): Promise<ImportStep> {
  const t0 = now();
  // As the Bundles page's import does (ImportPanel).
  const read = await readBundleAsync(bytes, { protocols: identities });
  const t1 = now();
  if (!read.ok) throw new Error(`bench: the bundle does not read: ${JSON.stringify(read.issues).slice(0, 2000)}`);
  const plan = await planBundleImport(target, read.value);
  const t2 = now();
  if (!plan.importable) throw new Error('bench: the bundle is not importable');
  const imported = await importBundle(target, read.value, { userId: MANAGER.userId, role: MANAGER.role });
  const t3 = now();
  if (!imported.ok) throw new Error(`bench: import failed: ${JSON.stringify(imported.issues).slice(0, 2000)}`);
  return { readMs: t1 - t0, planMs: t2 - t1, writeMs: t3 - t2, totalMs: t3 - t0, added: imported.value.added, alreadyStored: imported.value.alreadyStored };
}

async function importTwice(databaseName: string) {
  const bytes = must(lastBundle, 'exportBundle() first');
  await deleteStoreDatabase(databaseName);
  const target = await open(databaseName);
  // Sealed under the same data key, as the app's store is, so the import writes encrypted rows.
  const sealed = await encryptExistingData(target, must(session, 'load() first').dataKey);
  if (!sealed.ok) throw new Error(`bench: the import database was not sealed: ${sealed.issues.message}`);
  try {
    const first = await importOnce(target, bytes);
    const again = await importOnce(target, bytes);
    return { first, again };
  } finally {
    closeStore(target);
    await deleteStoreDatabase(databaseName);
  }
}

const api: BenchApi = {
  load,
  attach,
  fieldChanges,
  formTargets,
  formParts,
  review,
  exportBundle,
  serializeEvents,
  importTwice,
  close: async () => {
    if (store !== undefined) closeStore(store);
    store = undefined;
  },
};
window.bench = api;
const status = document.getElementById('status');
if (status !== null) status.textContent = 'bench ready';
