import { describe, expect, it } from 'vitest';
import {
  closeStore,
  encryptExistingData,
  fieldHistory,
  findSubjectByCode,
  getEntry,
  isStoreEncrypted,
  isStoreUnlocked,
  listQueries,
  listSubjects,
  lockStore,
  openQuery,
  openStore,
  setItemValue,
  setMissingReason,
  unlockStore,
  verifyAllChains,
  type Store,
} from '../../../../renderer/db';
import { casebookRows } from '../../../../renderer/db/casebook-reads';
import { prepareExport, storeSource } from '../../../../renderer/db/export-reads';
import { subjectReviewRows } from '../../../../renderer/db/review-reads';
import { LAB } from '../../../shared/events/builders';
import { bilirubin, enrolled } from '../fixtures';
import { expectOk, failWritesTo, MONITOR, NURSE, openTestStore } from '../helpers';
import { DATA_KEY, editRawRow, nameOf, openEncryptedStore, OTHER_KEY, rawTables, rawText } from './support';

/** Patient data that must never be readable on disk: the subject code, a lab value as typed, free text. */
const CODE = '03-417';
const LAB_TEXT = '87.65';
const NOTE = 'haemolysed sample zanzibar';
const QUERY_TEXT = 'Please confirm the unit quixotically';

async function enterPatientData(store: Store): Promise<void> {
  await enrolled(store, 'subj-1', CODE);
  expectOk(await setItemValue(store, NURSE, LAB, bilirubin(Number(LAB_TEXT))));
  expectOk(await setMissingReason(store, NURSE, { ...LAB, itemId: 'albumin' }, { code: 'NOT DONE', note: NOTE }));
  expectOk(await openQuery(store, MONITOR, LAB, QUERY_TEXT));
}

/** Reopens the same database as a new window would: an encrypted store comes back locked. */
async function reopen(store: Store): Promise<Store> {
  closeStore(store);
  return expectOk(await openStore({ name: nameOf(store), clock: store.clock, newId: store.newId }));
}

describe('an encrypted store', () => {
  it('reads back through every repository what was written, and the chains still verify', async () => {
    const store = await openEncryptedStore();
    await enterPatientData(store);
    expect((await getEntry(store, LAB))?.items.bilirubin?.current).toMatchObject({ kind: 'value', value: 87.65, entered: LAB_TEXT });
    expect((await fieldHistory(store, LAB)).map((h) => h.kind)).toEqual(['value']);
    expect((await fieldHistory(store, { ...LAB, itemId: 'albumin' }))[0]).toMatchObject({ kind: 'missing' });
    expect((await listQueries(store, { subjectId: 'subj-1' }))[0]?.text).toBe(QUERY_TEXT);
    const review = await subjectReviewRows(store, 'subj-1');
    expect(review.subjects[0]?.code).toBe(CODE);
    expect(review.entries).toHaveLength(1);
    expect(review.queries).toHaveLength(1);
    const casebook = await casebookRows(store, 'subj-1');
    expect(casebook?.subject.code).toBe(CODE);
    const prepared = expectOk(await prepareExport(store, 'NCT05985863', 'full', undefined));
    expect(prepared.subjectCount).toBe(1);
    const source = storeSource(store, 'NCT05985863', prepared.heads, prepared.after);
    const exported: string[] = [];
    for await (const event of source.events()) exported.push(event.type);
    expect(exported).toContain('item.valueSet');
    const histories: string[] = [];
    for await (const subject of source.subjects()) histories.push(subject.subjectId);
    expect(histories).toEqual(['subj-1']);
    expect((await verifyAllChains(store)).map((r) => r.problem)).toEqual([undefined]);
  });

  it('keeps no lab value, subject code or free text readable in the raw IndexedDB rows', async () => {
    const store = await openEncryptedStore();
    await enterPatientData(store);
    const raw = await rawTables(nameOf(store));
    const text = rawText(raw);
    for (const secret of [CODE, LAB_TEXT, NOTE, QUERY_TEXT, 'µmol/L']) expect(text).not.toContain(secret);
    // The same check finds them when the store is plain: the scan is able to see them.
    const plain = await openTestStore();
    await enterPatientData(plain);
    const plainText = rawText(await rawTables(nameOf(plain)));
    for (const secret of [CODE, LAB_TEXT, NOTE, QUERY_TEXT]) expect(plainText).toContain(secret);
    // What stays readable: keys and index fields (opaque ids, protocol ids, statuses), and the sealed body.
    expect(Object.keys(raw.entries?.[0] as object).sort()).toEqual(['$sealed', 'formId', 'recordId', 'status', 'subjectId', 'visitId']);
    expect((raw.subjects?.[0] as { code: string }).code).toMatch(/^bi1:[0-9a-f]{64}$/);
  });

  it('finds a subject by code through the blind index, including lookups of several codes', async () => {
    const store = await openEncryptedStore();
    await enrolled(store, 'subj-1', CODE);
    await enrolled(store, 'subj-2', '03-002');
    expect((await findSubjectByCode(store, CODE))?.subjectId).toBe('subj-1');
    expect(await findSubjectByCode(store, '03-999')).toBeUndefined();
    expect(await store.db.subjects.where('code').equals('03-002').count()).toBe(1);
    // anyOf and ranges cannot use the blind values' order: answered by opening the rows.
    const both = await store.db.subjects.where('code').anyOf(['03-002', CODE, '03-999']).toArray();
    expect(both.map((s) => s.code)).toEqual(['03-002', CODE]);
    expect((await store.db.subjects.orderBy('code').reverse().toArray()).map((s) => s.subjectId)).toEqual(['subj-1', 'subj-2']);
    expect(await store.db.subjects.where('code').startsWith('03-4').primaryKeys()).toEqual(['subj-1']);
    expect(await store.db.subjects.where('code').above('03-001').count()).toBe(2);
    expect(await store.db.subjects.orderBy('code').uniqueKeys()).toEqual(['03-002', CODE]);
    expect(await store.db.subjects.where('code').equals(CODE).keys()).toEqual([CODE]);
    // A second enrolment under a used code is still refused: the rule reads the subject by its code.
    await expect(enrolled(store, 'subj-3', CODE)).rejects.toThrow(/code|use/i);
  });

  it('opens locked after a restart, refuses reads and writes until unlocked, and refuses a wrong key', async () => {
    const first = await openEncryptedStore();
    await enterPatientData(first);
    const store = await reopen(first);
    expect(await isStoreEncrypted(store)).toBe(true);
    expect(isStoreUnlocked(store)).toBe(false);
    await expect(getEntry(store, LAB)).rejects.toMatchObject({ name: 'StoreLockedError' });
    await expect(listSubjects(store)).rejects.toThrow(/locked/);
    expect(await setItemValue(store, NURSE, LAB, bilirubin(70))).toMatchObject({ ok: false, issues: { kind: 'locked' } });
    // Settings and the plain tables still work: the app reads them before anyone logs in.
    expect(await store.db.meta.get('device')).toBeDefined();

    expect(unlockStore(store, OTHER_KEY)).toMatchObject({ ok: false, issues: { kind: 'wrong-key' } });
    expect(unlockStore(store, DATA_KEY.slice(0, 16))).toMatchObject({ ok: false, issues: { kind: 'invalid-key' } });
    expect(isStoreUnlocked(store)).toBe(false);
    expect(unlockStore(store, DATA_KEY)).toEqual({ ok: true, value: undefined });
    expect((await getEntry(store, LAB))?.items.bilirubin?.current).toMatchObject({ value: 87.65 });
    expectOk(await setItemValue(store, NURSE, LAB, bilirubin(70), 'transcription error'));

    lockStore(store);
    expect(await setItemValue(store, NURSE, LAB, bilirubin(71), 'again')).toMatchObject({ ok: false, issues: { kind: 'locked' } });
    await expect(store.db.events.toArray()).rejects.toMatchObject({ name: 'StoreLockedError' });
  });

  it('refuses to unlock a plain store: it must be encrypted first', async () => {
    const store = await openTestStore();
    expect(unlockStore(store, DATA_KEY)).toMatchObject({ ok: false, issues: { kind: 'not-encrypted' } });
    expect(await isStoreEncrypted(store)).toBe(false);
  });

  it('seals a store that already holds data, in one go, and the data reads the same afterwards', async () => {
    const store = await openTestStore();
    await enterPatientData(store);
    const before = { entry: await getEntry(store, LAB), history: await fieldHistory(store, LAB), subjects: await listSubjects(store), events: await store.db.events.toArray() };
    const report = expectOk(await encryptExistingData(store, DATA_KEY));
    expect(report.rowsSealed).toBe(before.events.length + 1 + 1 + 1 + 1); // events, subject, visit, entry, query
    expect(await getEntry(store, LAB)).toEqual(before.entry);
    expect(await fieldHistory(store, LAB)).toEqual(before.history);
    expect(await listSubjects(store)).toEqual(before.subjects);
    expect(await store.db.events.toArray()).toEqual(before.events);
    expect((await verifyAllChains(store)).map((r) => r.problem)).toEqual([undefined]);
    expect(rawText(await rawTables(nameOf(store)))).not.toContain(NOTE);
    // Again with the same key: nothing to do; with another key: refused, nothing changed.
    expect(expectOk(await encryptExistingData(store, DATA_KEY)).rowsSealed).toBe(0);
    expect(await encryptExistingData(store, OTHER_KEY)).toMatchObject({ ok: false, issues: { kind: 'rejected' } });
    const reopened = await reopen(store);
    expect(unlockStore(reopened, DATA_KEY).ok).toBe(true);
    expect(await getEntry(reopened, LAB)).toEqual(before.entry);
  });

  it('seals all or nothing: when the marker cannot be written, every row stays as it was and readable', async () => {
    const store = await openTestStore();
    await enterPatientData(store);
    const before = await getEntry(store, LAB);
    await failWritesTo(store, 'meta', () => new DOMException('the disk is full', 'QuotaExceededError'));
    expect(await encryptExistingData(store, DATA_KEY)).toMatchObject({ ok: false, issues: { kind: 'quota-exceeded' } });
    expect(rawText(await rawTables(nameOf(store)))).toContain(NOTE);
    expect(await isStoreEncrypted(store)).toBe(false);
    expect(await getEntry(store, LAB)).toEqual(before);
  });

  it('reports a row whose ciphertext was altered on disk as damaged, never as data', async () => {
    const store = await openEncryptedStore();
    await enterPatientData(store);
    await editRawRow(nameOf(store), 'entries', () => true, (row) => {
      const sealed = new Uint8Array(row.$sealed as Uint8Array);
      sealed[sealed.length - 20] = (sealed[sealed.length - 20] ?? 0) ^ 1;
      return { ...row, $sealed: sealed };
    });
    await expect(getEntry(store, LAB)).rejects.toMatchObject({ name: 'SealedRowError' });
    expect(await setItemValue(store, NURSE, LAB, bilirubin(70), 'x')).toMatchObject({ ok: false, issues: { kind: 'damaged' } });
  });

  it('refuses a sealed row moved under another key (another subject, another table)', async () => {
    const store = await openEncryptedStore();
    await enterPatientData(store);
    await enrolled(store, 'subj-2', '03-002');
    const raw = await rawTables(nameOf(store));
    const first = raw.subjects?.find((s) => (s as { subjectId: string }).subjectId === 'subj-1') as Record<string, unknown>;
    await editRawRow(nameOf(store), 'subjects', (s) => s.subjectId === 'subj-2', (s) => ({ ...s, $sealed: first.$sealed }));
    await expect(store.db.subjects.get('subj-2')).rejects.toMatchObject({ name: 'SealedRowError' });
    // A plain row slipped into an encrypted store is refused too.
    await editRawRow(nameOf(store), 'queries', () => true, (q) => ({ queryId: q.queryId, subjectId: 'subj-1', status: 'open', text: 'forged' }));
    await expect(listQueries(store)).rejects.toMatchObject({ name: 'SealedRowError' });
  });

  it('refuses, in a window that opened the store plain, rows another window has since sealed', async () => {
    const plainWindow = await openTestStore();
    await enterPatientData(plainWindow);
    const other = expectOk(await openStore({ name: nameOf(plainWindow), clock: plainWindow.clock, newId: plainWindow.newId }));
    expectOk(await encryptExistingData(other, DATA_KEY));
    closeStore(other);
    await expect(getEntry(plainWindow, LAB)).rejects.toMatchObject({ name: 'StoreLockedError' });
  });
});
