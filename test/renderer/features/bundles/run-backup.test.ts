import { describe, expect, it, vi } from 'vitest';
import { BACKUP_FILE_NAME, type CapabilityArgs } from '../../../../shared/bridge';
import { getBackupConfig, getBackupStatus, setBackupConfig } from '../../../../renderer/db/backup-state';
import { restoreFromBundle } from '../../../../renderer/db/bundle-import';
import { addRecipient, removeRecipient } from '../../../../renderer/db/recipient-keys';
import { createKeyPair, unlockPrivateKey, unsealBundle } from '../../../../renderer/features/keys/recipient-crypto';
import { isSealedBundle } from '../../../../shared/export/sealed';
import { runBackup, type BackupDeps } from '../../../../renderer/features/bundles';
import type { Store } from '../../../../renderer/db';
import { fakeBridge } from '../../app/support/fake-bridge';
import { DATA_MANAGER, TRIAL, enrol, expectOk, freshStore, read, setBilirubin } from './support/bundles';

const FOLDER = '/media/usb/ecrf-backups';

function depsFor(store: Store, writeBackup = vi.fn(async ({ fileName }: CapabilityArgs<'writeBackup'>) => ({ location: `${FOLDER}/${fileName}`, removed: [] as string[] }))) {
  const deps: BackupDeps = {
    store,
    bridge: fakeBridge({ writeBackup }),
    latest: (id) => (id === TRIAL.id ? TRIAL : undefined),
    siteId: '03',
    user: { userId: 'u-nurse', role: 'nurse' },
  };
  return { deps, writeBackup };
}

describe('runBackup', () => {
  it('is off until a folder is chosen', async () => {
    const store = await freshStore();
    await enrol(store);
    const { deps, writeBackup } = depsFor(store);
    expect(await runBackup(deps)).toEqual({ kind: 'off' });
    expect(writeBackup).not.toHaveBeenCalled();
  });

  it('writes a full bundle per protocol into the folder, keeping the newest K, and records where', async () => {
    const store = await freshStore();
    await enrol(store);
    await setBilirubin(store, 342);
    expectOk(await setBackupConfig(store, { folder: FOLDER, keep: 7 }));
    const { deps, writeBackup } = depsFor(store);

    const run = await runBackup(deps);
    expect(run.kind).toBe('written');
    expect(writeBackup).toHaveBeenCalledTimes(1);
    const args = writeBackup.mock.calls[0]?.[0];
    expect(args).toMatchObject({ folder: FOLDER, keep: 7 });
    expect(args?.fileName).toMatch(BACKUP_FILE_NAME);
    expect(args?.fileName).toMatch(/^ecrf-backup-NCT05985863-/);
    // A backup restores on its own: a full, valid bundle of everything.
    const bundle = read(args?.bytes ?? new Uint8Array());
    expect(bundle.manifest.kind).toBe('full');
    expect(bundle.events).toHaveLength(3);
    expect((await getBackupStatus(store)).written).toMatchObject({ files: [{ protocolId: TRIAL.id, location: `${FOLDER}/${args?.fileName}`, events: 3 }] });
  });

  it('runs again only when something changed (or when forced)', async () => {
    const store = await freshStore();
    await enrol(store);
    expectOk(await setBackupConfig(store, { folder: FOLDER, keep: 10 }));
    const { deps, writeBackup } = depsFor(store);
    expect((await runBackup(deps)).kind).toBe('written');
    expect(await runBackup(deps)).toEqual({ kind: 'not-due' });
    expect((await runBackup(deps, { force: true })).kind).toBe('written');
    await setBilirubin(store, 100);
    expect((await runBackup(deps)).kind).toBe('written');
    expect(writeBackup).toHaveBeenCalledTimes(3);
    // Each call asks the platform to rotate: keep the newest 10.
    expect(writeBackup.mock.calls.map(([a]) => a.keep)).toEqual([10, 10, 10]);
  });

  it('has nothing to back up on an empty laptop', async () => {
    const store = await freshStore();
    expectOk(await setBackupConfig(store, { folder: FOLDER, keep: 10 }));
    const { deps, writeBackup } = depsFor(store);
    expect(await runBackup(deps, { force: true })).toEqual({ kind: 'not-due' });
    expect(writeBackup).not.toHaveBeenCalled();
  });

  it('records a failure (and stays due) when the file cannot be written; a later success clears it', async () => {
    const store = await freshStore();
    await enrol(store);
    expectOk(await setBackupConfig(store, { folder: FOLDER, keep: 10 }));
    const failing = vi.fn(async (): Promise<{ location: string; removed: string[] }> => {
      throw new Error('ecrf bridge: the folder is not there');
    });
    const { deps } = depsFor(store, failing);
    expect(await runBackup(deps)).toMatchObject({ kind: 'failed', code: 'write-failed' });
    expect((await getBackupStatus(store)).failure).toMatchObject({ code: 'write-failed', message: 'ecrf bridge: the folder is not there' });
    const { deps: working } = depsFor(store);
    expect((await runBackup(working)).kind).toBe('written');
    expect((await getBackupStatus(store)).failure).toBeUndefined();
  });

  it('fails clearly without a site', async () => {
    const store = await freshStore();
    await enrol(store);
    expectOk(await setBackupConfig(store, { folder: FOLDER, keep: 10 }));
    const { deps } = depsFor(store);
    expect(await runBackup({ ...deps, siteId: undefined })).toMatchObject({ kind: 'failed', code: 'no-site' });
  });

  it('reads a config stored before backups could be sealed (no recipient field) as plain backups', async () => {
    const store = await freshStore();
    await store.db.settings.put({ key: 'bundles.backupConfig', value: { folder: FOLDER, keep: 4 } });
    expect(await getBackupConfig(store)).toEqual({ folder: FOLDER, keep: 4 });
  });
});

describe('runBackup sealed for a recipient', () => {
  const PASSPHRASE = 'backups for the data manager';
  const pair = () => createKeyPair({ name: 'Data management, Beijing', passphrase: PASSPHRASE, created: '2025-03-10T08:00:00.000Z' });

  it('writes a sealed .ecrf-sealed file that unseals, with the key pair, to a bundle restoring an identical store', async () => {
    const { privateFile, publicFile } = await pair();
    const store = await freshStore();
    await enrol(store);
    await setBilirubin(store, 342);
    expectOk(await addRecipient(store, publicFile));
    expectOk(await setBackupConfig(store, { folder: FOLDER, keep: 5, recipient: publicFile.fingerprint }));
    const { deps, writeBackup } = depsFor(store);

    const run = await runBackup(deps);
    expect(run.kind).toBe('written');
    expect(writeBackup).toHaveBeenCalledTimes(1);
    const args = writeBackup.mock.calls[0]?.[0];
    expect(args?.fileName).toMatch(/^ecrf-backup-NCT05985863-.*\d{8}T\d{6}Z\.ecrf-sealed$/);
    expect(args?.fileName).toMatch(BACKUP_FILE_NAME);
    expect(args?.keep).toBe(5);
    const sealed = args?.bytes ?? new Uint8Array();
    // Sealed, not a zip: no plain copy of the data leaves the laptop.
    expect(isSealedBundle(sealed)).toBe(true);
    expect(() => read(sealed)).toThrow();

    const key = expectOk(await unlockPrivateKey(privateFile, PASSPHRASE));
    const bundle = read(expectOk(await unsealBundle(sealed, key)));
    expect(bundle.manifest.kind).toBe('full');
    const fresh = await freshStore('restored');
    expect(expectOk(await restoreFromBundle(fresh, bundle, DATA_MANAGER))).toMatchObject({ added: 3, alreadyStored: 0 });
    expect(await fresh.db.events.toArray()).toEqual(await store.db.events.toArray());
    expect(await fresh.db.subjects.toArray()).toEqual(await store.db.subjects.toArray());
    expect(await fresh.db.visits.toArray()).toEqual(await store.db.visits.toArray());
    expect(await fresh.db.entries.toArray()).toEqual(await store.db.entries.toArray());
    expect(await fresh.db.queries.toArray()).toEqual(await store.db.queries.toArray());
  });

  it('fails visibly and writes nothing when the recipient has been removed; never a plain backup instead', async () => {
    const { publicFile } = await pair();
    const store = await freshStore();
    await enrol(store);
    expectOk(await addRecipient(store, publicFile));
    expectOk(await setBackupConfig(store, { folder: FOLDER, keep: 5, recipient: publicFile.fingerprint }));
    expectOk(await removeRecipient(store, publicFile.fingerprint));
    const { deps, writeBackup } = depsFor(store);

    expect(await runBackup(deps, { force: true })).toEqual({ kind: 'failed', code: 'recipient-missing', message: publicFile.fingerprint });
    expect(writeBackup).not.toHaveBeenCalled();
    const status = await getBackupStatus(store);
    expect(status.failure).toMatchObject({ code: 'recipient-missing', message: publicFile.fingerprint });
    expect(status.written).toBeUndefined();
    // Still due: the next run tries again (and fails again until the settings change).
    expect((await runBackup(deps)).kind).toBe('failed');
    expect(writeBackup).not.toHaveBeenCalled();
  });
});
