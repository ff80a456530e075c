import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { fieldHistory, getEntry, getSubject, setItemValue, verifyAllChains, type Store } from '../../../renderer/db';
import { CURRENT_SCHEMA_VERSION, declareSchema, SCHEMA_HISTORY } from '../../../renderer/db/schema-history';
import { draftsFor, LAB, sealChain } from '../../shared/events/builders';
import { expectOk, NURSE, openTestStore } from './helpers';

/**
 * One fixture per schema version: `fill` writes a database the way that version's code did (rows as
 * literals, frozen when the version shipped), `check` states what the current code must find in it.
 *
 * Whoever adds version N adds `N: {...}` here (the first test fails until they do) and every earlier
 * fixture then exercises the real upgrade to N.
 */
interface Fixture {
  fill(db: Dexie): Promise<void>;
  check(store: Store): Promise<void>;
}

const V1_DEVICE = 'dev-v1';

const V1: Fixture = {
  async fill(db) {
    const d = draftsFor(V1_DEVICE);
    const events = sealChain([d.screened('subj-1'), d.enrolled('subj-1'), d.value(LAB, 88.9)]);
    const last = events[2];
    if (last === undefined) throw new Error('unreachable');
    const stamp = { eventId: last.id, deviceId: V1_DEVICE, seq: 3, at: last.at, userId: 'u-nurse', role: 'nurse' };
    await db.table('events').bulkAdd(events);
    await db.table('meta').bulkAdd([
      { key: 'device', deviceId: V1_DEVICE, createdAt: '2025-03-01T08:00:00.000Z' },
      { key: 'chainHead', deviceId: V1_DEVICE, seq: 3, hash: last.hash },
    ]);
    await db.table('subjects').add({
      subjectId: 'subj-1',
      siteId: '03',
      protocolId: 'NCT05985863',
      protocolVersion: '1.0',
      status: 'on-study',
      screening: { screenedOn: '2025-02-27', result: 'eligible', confirmedBy: 'u-investigator' },
      code: '03-001',
      sex: 'F',
      birthYear: 1968,
      day1: '2025-03-01',
      updated: { ...stamp, eventId: events[1]?.id, seq: 2 },
    });
    await db.table('visits').add({ subjectId: 'subj-1', visitId: 'W4', visitDefId: 'W4', kind: 'scheduled', status: 'pending', updated: stamp });
    await db.table('entries').add({
      subjectId: 'subj-1',
      visitId: 'W4',
      formId: 'labs',
      recordId: '',
      status: 'in-progress',
      removed: false,
      items: { bilirubin: { current: { kind: 'value', entered: '88.9', value: 88.9, stamp, protocolVersion: '1.0' }, concurrent: [] } },
      updated: stamp,
    });
    await db.table('settings').add({ key: 'locale', value: 'zh-CN' });
  },
  async check(store) {
    expect(store.deviceId).toBe(V1_DEVICE);
    expect(await getSubject(store, 'subj-1')).toMatchObject({ code: '03-001', status: 'on-study' });
    expect((await getEntry(store, LAB))?.items.bilirubin?.current.value).toBe(88.9);
    expect(await fieldHistory(store, LAB)).toHaveLength(1);
    expect((await verifyAllChains(store)).map((r) => r.problem)).toEqual([undefined]);
    const next = expectOk(await setItemValue(store, NURSE, LAB, { entered: '90.2', value: 90.2 }));
    expect(next).toMatchObject({ status: 'saved', event: { seq: 4, deviceId: V1_DEVICE } });
  },
};

const FIXTURES: Record<number, Fixture> = {
  1: V1,
  2: {
    // Version 2 adds two empty tables; a version-1 store keeps all its data (checked by fixture 1 above).
    async fill(db) {
      await V1.fill(db);
      await db.table('accounts').add({ userId: 'u-admin', login: 'admin' });
      await db.table('securityLog').add({ at: '2025-03-01T08:00:00.000Z', userId: 'u-admin', kind: 'login' });
    },
    async check(store) {
      await V1.check(store);
      expect(await store.db.table('accounts').get('u-admin')).toMatchObject({ login: 'admin' });
      expect(await store.db.table('securityLog').count()).toBe(1);
    },
  },
};

describe('schema migrations', () => {
  it('has a fixture for every version in the schema history', () => {
    expect(Object.keys(FIXTURES).map(Number)).toEqual(SCHEMA_HISTORY.map((v) => v.version));
  });

  it('keeps the history append-only in spirit: versions increase and the events table keeps its key', () => {
    const versions = SCHEMA_HISTORY.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    for (const v of SCHEMA_HISTORY) {
      const events = v.stores.events;
      // A version either leaves the events table alone or redeclares it with the same primary key.
      if (events !== undefined) expect(events?.split(',')[0]?.trim()).toBe('[deviceId+seq]');
    }
  });

  it.each(SCHEMA_HISTORY.map((v) => v.version))('opens a database made by version %i with the current code', async (version) => {
    const fixture = FIXTURES[version];
    if (fixture === undefined) throw new Error(`no fixture for version ${version}`);
    const name = `migration-from-v${version}`;
    const old = new Dexie(name);
    declareSchema(old, version);
    await old.open();
    await fixture.fill(old);
    old.close();

    const store = await openTestStore({ name });
    expect(store.db.verno).toBe(CURRENT_SCHEMA_VERSION);
    await fixture.check(store);
  });
});
