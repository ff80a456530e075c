import { describe, expect, it, vi } from 'vitest';
import { BACKUP_FILE_NAME, type CapabilityArgs } from '../../../../shared/bridge';
import { getBackupStatus, setBackupConfig } from '../../../../renderer/db/backup-state';
import { runBackup, type BackupDeps } from '../../../../renderer/features/bundles';
import type { Store } from '../../../../renderer/db';
import { fakeBridge } from '../../app/support/fake-bridge';
import { TRIAL, enrol, expectOk, freshStore, read, setBilirubin } from './support/bundles';

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
});
