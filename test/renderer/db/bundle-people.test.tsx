/**
 * People in bundles: the exporting laptop names the people its events mention (manifest `people`,
 * ODM AdminData); the importing laptop keeps them in its directory of known people, so the field
 * history there shows names, not ids. Older bundles without `people` still import.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import { strToU8, unzipSync, zipSync, strFromU8 } from 'fflate';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { fieldHistory, knownPeople, mergeKnownPeople, nameFrom, rememberPeople, type Store } from '../../../renderer/db';
import type { AccountRow } from '../../../renderer/db/accounts-repo';
import { importBundle } from '../../../renderer/db/bundle-import';
import { useLiveQuery } from '../../../renderer/db/use-live-query';
import { useNameOf } from '../../../renderer/db/use-name-of';
import { FieldTrailDialog } from '../../../renderer/features/queries';
import { createI18n } from '../../../renderer/i18n';
import { bundleManifestSchema, readBundle } from '../../../shared/export';
import { memoryStorage } from '../app/support/memory-storage';
import { DATA_MANAGER, KNOWN, bilirubin, enrol, expectOk, exportFrom, freshStore, read, setBilirubin, snapshot } from '../features/bundles/support/bundles';

/**
 * An account row as the accounts repository keeps it. The name lookups read only id, name and role;
 * the wrapped data key (made by a slow key derivation) plays no part, so a placeholder stands in.
 */
async function account(store: Store, userId: string, displayName: string, role: AccountRow['role']): Promise<void> {
  const row: AccountRow = { userId, login: userId, displayName, role, blinded: false, disabled: false, createdAt: '2025-03-01T00:00:00.000Z', wrapped: {} as AccountRow['wrapped'], failures: [] };
  await store.db.accounts.put(row);
}

/** Laptop A: named accounts for the people its events name (nurse, investigator) and one who wrote nothing. */
async function namedLaptopA(): Promise<Store> {
  const a = await freshStore('a');
  await account(a, 'u-nurse', 'Wang Li', 'nurse');
  await account(a, 'u-investigator', 'Zhang Wei', 'investigator');
  await account(a, 'u-admin', 'Zhao Min', 'administrator');
  await enrol(a);
  await setBilirubin(a, 342);
  return a;
}

/** The bundle with its manifest rewritten as an older app wrote it (format version 1, no `people`). */
function asVersion1(bytes: Uint8Array): Uint8Array {
  const members = unzipSync(bytes);
  const manifest = JSON.parse(strFromU8(members['manifest.json'] ?? new Uint8Array(0))) as Record<string, unknown>;
  delete manifest['people'];
  const rest = Object.fromEntries(Object.entries(members).filter(([path]) => path !== 'manifest.json'));
  return zipSync({ ...rest, 'manifest.json': strToU8(JSON.stringify({ ...manifest, formatVersion: 1 })) }, { level: 0 });
}

describe('the manifest names the people of the carried events', () => {
  it('lists each user id of the events once, with the account name and role; not people who wrote nothing', async () => {
    const a = await namedLaptopA();
    const built = await exportFrom(a);
    expect(built.manifest.formatVersion).toBe(2);
    expect(built.manifest.people).toEqual([
      { userId: 'u-investigator', displayName: 'Zhang Wei', role: 'investigator' },
      { userId: 'u-nurse', displayName: 'Wang Li', role: 'nurse' },
    ]);
    const odm = strFromU8(unzipSync(built.bytes)['odm.xml'] ?? new Uint8Array(0));
    expect(odm).toContain('<DisplayName>Wang Li (nurse)</DisplayName>');
    expect(odm).toContain('<FullName>Wang Li</FullName>');
    expect(odm).not.toContain('Zhao Min');
  });

  it('refuses people in a version 1 manifest, and people out of order', async () => {
    const a = await namedLaptopA();
    const { manifest } = await exportFrom(a);
    expect(bundleManifestSchema.safeParse({ ...manifest, formatVersion: 1 }).success).toBe(false);
    expect(bundleManifestSchema.safeParse({ ...manifest, people: [...(manifest.people ?? [])].reverse() }).success).toBe(false);
    const { people: _people, ...withoutPeople } = manifest;
    expect(bundleManifestSchema.safeParse({ ...withoutPeople, formatVersion: 1 }).success).toBe(true);
  });
});

describe('importing a bundle with people', () => {
  it('round trip: B, which has no accounts for them, names A’s people after the import, and passes them on in its own export', async () => {
    const a = await namedLaptopA();
    const b = await freshStore('b');
    expect(nameFrom([], await knownPeople(b))('u-nurse')).toBe('u-nurse');
    expectOk(await importBundle(b, read((await exportFrom(a)).bytes), DATA_MANAGER));
    expect(await b.db.accounts.count()).toBe(0);
    const nameOf = nameFrom([], await knownPeople(b));
    expect([nameOf('u-nurse'), nameOf('u-investigator'), nameOf('u-stranger')]).toEqual(['Wang Li', 'Zhang Wei', 'u-stranger']);
    // A local account's own name wins over the directory.
    expect(nameFrom([{ userId: 'u-nurse', displayName: 'Wang Li (B)' }], await knownPeople(b))('u-nurse')).toBe('Wang Li (B)');
    const again = await exportFrom(b);
    expect(again.manifest.people?.map((p) => [p.userId, p.displayName])).toEqual([
      ['u-investigator', 'Zhang Wei'],
      ['u-nurse', 'Wang Li'],
    ]);
  });

  it('an older bundle without people still imports; names stay unknown', async () => {
    const a = await namedLaptopA();
    const b = await freshStore('b');
    const old = readBundle(asVersion1((await exportFrom(a)).bytes), KNOWN);
    expect(old.ok && old.value.manifest.people).toBe(undefined);
    expect(expectOk(await importBundle(b, expectOk(old), DATA_MANAGER))).toMatchObject({ added: 3 });
    expect((await knownPeople(b)).size).toBe(0);
  });

  it('a refused import stores no names either', async () => {
    const a = await namedLaptopA();
    const full = await exportFrom(a);
    await setBilirubin(a, 300);
    const inc = await exportFrom(a, 'incremental', { bundleId: full.manifest.bundleId, kind: 'full', at: full.manifest.createdAt, fileName: full.fileName, heads: { [a.deviceId]: { seq: 3, hash: full.manifest.chains[0]?.headHash ?? '' } } });
    const b = await freshStore('b');
    const before = await snapshot(b);
    expect(await importBundle(b, read(inc.bytes), DATA_MANAGER)).toMatchObject({ ok: false });
    expect(await snapshot(b)).toEqual(before);
    expect((await knownPeople(b)).size).toBe(0);
  });

  it('a known name changes only with a bundle made later', async () => {
    const known = mergeKnownPeople(new Map(), [{ userId: 'u-nurse', displayName: 'Wang Li', role: 'nurse' }], '2025-03-10T00:00:00.000Z');
    const older = mergeKnownPeople(known, [{ userId: 'u-nurse', displayName: 'Old Name', role: 'nurse' }], '2025-03-01T00:00:00.000Z');
    const newer = mergeKnownPeople(known, [{ userId: 'u-nurse', displayName: 'Wang Lihua', role: 'investigator' }], '2025-03-11T00:00:00.000Z');
    expect(older.get('u-nurse')?.displayName).toBe('Wang Li');
    expect(newer.get('u-nurse')).toMatchObject({ displayName: 'Wang Lihua', role: 'investigator', asOf: '2025-03-11T00:00:00.000Z' });
    const b = await freshStore('b');
    await b.db.transaction('rw', b.db.settings, () => rememberPeople(b, [{ userId: 'u-nurse', displayName: 'Wang Li', role: 'nurse' }], '2025-03-10T00:00:00.000Z'));
    await rememberPeople(b, [{ userId: 'u-nurse', displayName: 'Old Name', role: 'nurse' }], '2025-03-01T00:00:00.000Z');
    expect((await knownPeople(b)).get('u-nurse')?.displayName).toBe('Wang Li');
  });
});

/** The field history as the visit page shows it on B: the trail dialog with B's name lookup. */
function BilirubinTrail({ store }: { readonly store: Store }) {
  const history = useLiveQuery(() => fieldHistory(store, bilirubin()), [store]);
  const nameOf = useNameOf(store, []);
  return <FieldTrailDialog label="Bilirubin" history={history} queries={[]} describe={(v) => (v.kind === 'value' ? String(v.value) : v.kind)} nameOf={nameOf} onClose={() => undefined} />;
}

describe('the field history on the importing laptop', () => {
  it('shows who entered the value by name', async () => {
    const a = await namedLaptopA();
    const b = await freshStore('b');
    const i18n = createI18n({ storage: memoryStorage({ 'ecrf.language': 'en' }), document });
    render(
      <I18nextProvider i18n={i18n}>
        <BilirubinTrail store={b} />
      </I18nextProvider>,
    );
    expectOk(await importBundle(b, read((await exportFrom(a)).bytes), DATA_MANAGER));
    await waitFor(() => expect(within(screen.getByRole('dialog')).getByText(/Wang Li/)).toBeTruthy());
    expect(within(screen.getByRole('dialog')).queryByText(/u-nurse/)).toBeNull();
  });
});
