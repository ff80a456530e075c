import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { CapabilityArgs, CapabilityResult } from '../../../../shared/bridge';
import { shortFingerprint } from '../../../../shared/export/sealed';
import type { Store } from '../../../../renderer/db';
import { getBackupConfig, getBackupStatus, setBackupConfig } from '../../../../renderer/db/backup-state';
import { addOwnKey, addRecipient, removeRecipient } from '../../../../renderer/db/recipient-keys';
import { createKeyPair, sealBundle, unlockPrivateKey, unsealBundle } from '../../../../renderer/features/keys/recipient-crypto';
import { fakeBridge } from '../../app/support/fake-bridge';
import { renderApp } from '../../app/support/render-app';
import { enrol, expectOk, exportFrom, freshStore, read, setBilirubin } from './support/bundles';

/*
 * Automatic backups sealed for a recipient, on the Bundles page (component tests, fake platform): the
 * setting, "Back up now" writing a sealed file, the failure when the recipient is gone, and restoring a
 * sealed backup through the unseal step.
 */

const PASSPHRASE = 'ward 7 stick in the drawer';
const NAME = 'Data management, Beijing';
const pair = () => createKeyPair({ name: NAME, passphrase: PASSPHRASE, created: '2025-03-10T08:00:00.000Z' });

function storeOf(gate: ReturnType<typeof renderApp>['gate']): Store {
  const state = gate.state();
  if (state.status !== 'open') throw new Error('the store is not open');
  return state.store;
}

describe('sealed automatic backups', () => {
  it('“Encrypt backups for a recipient” seals every backup; with the recipient removed the backup fails visibly and writes nothing', async () => {
    const user = userEvent.setup();
    const { privateFile, publicFile } = await pair();
    const writeBackup = vi.fn(async ({ fileName }: CapabilityArgs<'writeBackup'>): Promise<CapabilityResult<'writeBackup'>> => ({ location: `/backups/${fileName}`, removed: [] }));
    const { gate } = renderApp('/bundles', {
      bridge: fakeBridge({ writeBackup }),
      seed: async (store) => {
        await enrol(store);
        expectOk(await addRecipient(store, publicFile));
        expectOk(await setBackupConfig(store, { folder: '/backups', keep: 4 }));
      },
    });
    const backups = await screen.findByRole('region', { name: 'Automatic backups' });
    const form = within(backups).getByRole('form', { name: 'Encrypt backups for a recipient' });
    const select = within(form).getByRole('combobox', { name: 'Encrypt backups for a recipient' });
    expect(select).toHaveDisplayValue('Not encrypted (plain .zip)');
    const option = `${NAME} · ${shortFingerprint(publicFile.fingerprint)}`;
    await within(select).findByRole('option', { name: option });
    await user.selectOptions(select, option);
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(backups).findByText(`Backups are now encrypted for “${NAME}” (fingerprint ${shortFingerprint(publicFile.fingerprint)}).`)).toBeInTheDocument();
    expect((await getBackupConfig(storeOf(gate))).recipient).toBe(publicFile.fingerprint);

    await user.click(within(backups).getByRole('button', { name: 'Back up now' }));
    await within(backups).findByText(/^Backup written: \/backups\/ecrf-backup-NCT05985863-.*\.ecrf-sealed$/);
    expect(writeBackup).toHaveBeenCalledTimes(1);
    const written = writeBackup.mock.calls[0]?.[0];
    const key = expectOk(await unlockPrivateKey(privateFile, PASSPHRASE));
    expect(read(expectOk(await unsealBundle(written?.bytes ?? new Uint8Array(), key))).events).toHaveLength(2);

    expectOk(await removeRecipient(storeOf(gate), publicFile.fingerprint));
    const missing = await within(backups).findByText(/^The recipient chosen for backups \([0-9a-f ]+\) is no longer on this laptop: backups fail until/);
    expect(missing).toHaveAttribute('role', 'alert');
    await user.click(within(backups).getByRole('button', { name: 'Back up now' }));
    expect(
      await within(backups).findByText(`The backup failed: the recipient chosen for encrypting backups (${publicFile.fingerprint}) is no longer on this laptop; nothing was written. Choose another recipient or turn encryption off on the Bundles page.`),
    ).toBeInTheDocument();
    expect(writeBackup).toHaveBeenCalledTimes(1);
    expect((await getBackupStatus(storeOf(gate))).failure).toMatchObject({ code: 'recipient-missing' });

    // Turning encryption off is an explicit choice; the missing recipient is never replaced silently.
    await user.selectOptions(select, 'Not encrypted (plain .zip)');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(backups).findByText('Backups are now written unencrypted.')).toBeInTheDocument();
    expect(await getBackupConfig(storeOf(gate))).toEqual({ folder: '/backups', keep: 4 });
  });

  it('restores a sealed backup through the unseal step: passphrase, then the usual checked restore', async () => {
    const user = userEvent.setup();
    const { privateFile, publicFile } = await pair();
    const old = await freshStore('old-laptop');
    await enrol(old);
    await setBilirubin(old, 342);
    const sealed = await sealBundle((await exportFrom(old)).bytes, publicFile);
    const openFile = vi.fn(async (): Promise<CapabilityResult<'openFile'>> => ({ opened: true, name: 'ecrf-backup-NCT05985863-old-20250310T010000Z.ecrf-sealed', bytes: sealed }));
    const { gate } = renderApp('/bundles', { bridge: fakeBridge({ openFile }), seed: async (store) => void expectOk(await addOwnKey(store, privateFile)) });
    const restore = await screen.findByRole('region', { name: 'Restore from a backup' });
    await user.click(within(restore).getByRole('button', { name: 'Choose a backup file…' }));
    expect(await within(restore).findByText(/^ecrf-backup-.*\.ecrf-sealed is sealed for “Data management, Beijing”, fingerprint /)).toBeInTheDocument();
    await within(restore).findByRole('combobox', { name: 'Private key' });
    expect(within(restore).queryByRole('button', { name: /^Restore/ })).toBeNull();
    expect(await storeOf(gate).db.events.count()).toBe(0);

    await user.type(within(restore).getByLabelText('Passphrase of the private key'), PASSPHRASE);
    await user.click(within(restore).getByRole('button', { name: 'Decrypt and check' }));
    await user.click(await within(restore).findByRole('button', { name: 'Restore 3 events' }));
    expect(await within(restore).findByText(/^Restored from ecrf-backup-.*\.ecrf-sealed: 3 events added, 0 already here\.$/)).toBeInTheDocument();
    expect(within(restore).getByText('Every chain checks out: 1 device, 3 events.')).toBeInTheDocument();
    expect(await storeOf(gate).db.subjects.toArray()).toEqual(await old.db.subjects.toArray());
    expect(await storeOf(gate).db.entries.toArray()).toEqual(await old.db.entries.toArray());
  });
});
