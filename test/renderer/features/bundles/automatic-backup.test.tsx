import { render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import type { CapabilityArgs } from '../../../../shared/bridge';
import { ProtocolsProvider, SessionProvider, StoreProvider, type StoreGate } from '../../../../renderer/app/providers';
import { setBackupConfig } from '../../../../renderer/db/backup-state';
import type { Store } from '../../../../renderer/db';
import { LastBackupStatus, useAutomaticBackup } from '../../../../renderer/features/bundles';
import { createI18n } from '../../../../renderer/i18n';
import { PlatformProvider } from '../../../../renderer/platform';
import { fakeBridge } from '../../app/support/fake-bridge';
import { memoryStorage } from '../../app/support/memory-storage';
import { testStoreGate } from '../../app/support/render-app';
import { completeLabs, enrol, expectOk, read, setBilirubin } from './support/bundles';

function Backups({ intervalMs, settleMs }: { readonly intervalMs: number; readonly settleMs: number }) {
  useAutomaticBackup({ intervalMs, settleMs });
  return (
    <div role="status" aria-label="Status">
      <LastBackupStatus />
    </div>
  );
}

/** The hook and the status line inside the same providers as the app (store, session, protocols, platform). */
function renderBackups(gate: StoreGate, options: { intervalMs: number; settleMs: number }) {
  const writeBackup = vi.fn(async ({ fileName }: CapabilityArgs<'writeBackup'>) => ({ location: `/backups/${fileName}`, removed: [] as string[] }));
  render(
    <PlatformProvider bridge={fakeBridge({ writeBackup })}>
      <I18nextProvider i18n={createI18n({ storage: memoryStorage(), document })}>
        <StoreProvider gate={gate}>
          <SessionProvider>
            <ProtocolsProvider>
              <Backups {...options} />
            </ProtocolsProvider>
          </SessionProvider>
        </StoreProvider>
      </I18nextProvider>
    </PlatformProvider>,
  );
  return writeBackup;
}

function storeOf(gate: StoreGate): Store {
  const state = gate.state();
  if (state.status !== 'open') throw new Error('store not open');
  return state.store;
}

describe('useAutomaticBackup', () => {
  it('backs up after a completed form, and the status line says where', async () => {
    const gate = testStoreGate({ seed: async (store) => {
      await enrol(store);
      expectOk(await setBackupConfig(store, { folder: '/backups', keep: 10 }));
    } });
    const writeBackup = renderBackups(gate, { intervalMs: 60 * 60 * 1000, settleMs: 5 });
    expect(await screen.findByText('No backup yet.')).toBeInTheDocument();

    await setBilirubin(storeOf(gate), 342);
    await completeLabs(storeOf(gate));
    await waitFor(() => expect(writeBackup).toHaveBeenCalledTimes(1));
    const args = writeBackup.mock.calls[0]?.[0];
    expect(args).toMatchObject({ folder: '/backups', keep: 10 });
    expect(read(args?.bytes ?? new Uint8Array()).events.at(-1)).toMatchObject({ type: 'form.completed' });
    expect(await screen.findByText(new RegExp(`^Last backup .*: /backups/${args?.fileName ?? '-'}$`))).toBeInTheDocument();
  });

  it('backs up on its interval while there are changes', async () => {
    const gate = testStoreGate({ seed: async (store) => {
      await enrol(store);
      expectOk(await setBackupConfig(store, { folder: '/backups', keep: 4 }));
    } });
    const writeBackup = renderBackups(gate, { intervalMs: 20, settleMs: 60 * 60 * 1000 });
    await waitFor(() => expect(writeBackup).toHaveBeenCalled());
    const first = writeBackup.mock.calls.length;
    await setBilirubin(storeOf(gate), 100);
    await waitFor(() => expect(writeBackup.mock.calls.length).toBeGreaterThan(first));
    const last = writeBackup.mock.calls.at(-1)?.[0];
    expect(read(last?.bytes ?? new Uint8Array()).events).toHaveLength(3);
    expect(last?.keep).toBe(4);
  });

  it('says backups are off while no folder is chosen', async () => {
    const gate = testStoreGate({ seed: (store) => enrol(store) });
    renderBackups(gate, { intervalMs: 60 * 60 * 1000, settleMs: 5 });
    expect(await screen.findByText('Automatic backups are off: choose a folder on the Bundles page.')).toBeInTheDocument();
  });
});
