import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import type { CapabilityArgs, CapabilityResult } from '../../../../shared/bridge';
import type { Store } from '../../../../renderer/db';
import { getLastExport, setBackupConfig } from '../../../../renderer/db/backup-state';
import { LANGUAGE_STORAGE_KEY } from '../../../../renderer/i18n';
import { fakeBridge } from '../../app/support/fake-bridge';
import { memoryStorage } from '../../app/support/memory-storage';
import { renderApp } from '../../app/support/render-app';
import { enrol, eventsIn, exportFrom, freshStore, read, setBilirubin, snapshot } from './support/bundles';

type Saved = CapabilityArgs<'saveFile'>;

function storeOf(gate: ReturnType<typeof renderApp>['gate']): Store {
  const state = gate.state();
  if (state.status !== 'open') throw new Error('the store is not open');
  return state.store;
}

/** A bridge whose open dialog hands over the given files in turn, and that remembers what was saved. */
function bridgeWith(files: readonly { name: string; bytes: Uint8Array }[] = []) {
  const queue = [...files];
  const saved: Saved[] = [];
  const saveFile = vi.fn(async (args: Saved): Promise<CapabilityResult<'saveFile'>> => {
    saved.push(args);
    return { saved: true, location: `downloads/${args.suggestedName}` };
  });
  const openFile = vi.fn(async (): Promise<CapabilityResult<'openFile'>> => {
    const next = queue.shift();
    return next === undefined ? { opened: false } : { opened: true, ...next };
  });
  return { bridge: fakeBridge({ saveFile, openFile }), saved, saveFile, openFile, queue };
}

const region = (name: string) => screen.getByRole('region', { name });

describe('the Bundles page: export', () => {
  it('exports a full bundle through the platform, then an incremental one carrying only the new events', async () => {
    const user = userEvent.setup();
    const { bridge, saved } = bridgeWith();
    // Unblinded: a blinded person's export is a blinded extract (see the test below).
    const { gate } = renderApp('/bundles', { bridge, user: { displayName: 'Wang Li', role: 'nurse', blinded: false }, seed: (store) => enrol(store) });
    const exportRegion = await screen.findByRole('region', { name: 'Export a CRF bundle' });
    expect(await within(exportRegion).findByRole('option', { name: 'NCT05985863 · version 0.1 (data on this laptop)', selected: true })).toBeInTheDocument();
    expect(within(exportRegion).getByRole('radio', { name: /^Incremental/ })).toBeDisabled();
    expect(screen.getByText('No CRF bundles have been exported or imported on this device yet.')).toBeInTheDocument();

    await user.click(within(exportRegion).getByRole('button', { name: 'Export and save…' }));
    const status = await within(exportRegion).findByText(/^Saved ecrf-NCT05985863-03-.*-full-\d{8}T\d{4}Z\.zip with 2 events to downloads\//);
    expect(status).toBeInTheDocument();
    expect(saved).toHaveLength(1);
    const full = read(saved[0]?.bytes ?? new Uint8Array());
    expect(full.manifest).toMatchObject({ kind: 'full', site: '03', previousBundleId: null, exportedBy: { userId: 'user-nurse-1', role: 'nurse' } });
    expect(full.events).toHaveLength(2);
    expect(saved[0]?.filters).toEqual([{ name: 'CRF bundle (zip)', extensions: ['zip'] }]);
    const history = await screen.findByRole('table', { name: 'Recent exports, imports and restores, newest first' });
    expect(within(history).getAllByRole('row')[1]).toHaveTextContent('Exported · Full');

    await setBilirubin(storeOf(gate), 342);
    const incremental = within(exportRegion).getByRole('radio', { name: /^Incremental/ });
    await waitFor(() => expect(incremental).toBeEnabled());
    await user.click(incremental);
    await user.click(within(exportRegion).getByRole('button', { name: 'Export and save…' }));
    await within(exportRegion).findByText(/-inc-.* with 1 event to downloads\//);
    const inc = read(saved[1]?.bytes ?? new Uint8Array());
    expect(inc.manifest).toMatchObject({ kind: 'incremental', previousBundleId: full.manifest.bundleId });
    expect(inc.events.map((e) => [e.seq, e.type])).toEqual([[3, 'item.valueSet']]);

    // Nothing new since: no file.
    await user.click(within(exportRegion).getByRole('button', { name: 'Export and save…' }));
    await within(exportRegion).findByText(`Nothing new since bundle ${inc.manifest.bundleId}: no file was made.`);
    expect(saved).toHaveLength(2);
  });

  it('always shows the last export mark: a second export right after the first moves it, and the next continues it', async () => {
    const user = userEvent.setup();
    const { bridge, saved } = bridgeWith();
    renderApp('/bundles', { bridge, user: { displayName: 'Wang Li', role: 'nurse', blinded: false }, seed: (store) => enrol(store) });
    const exportRegion = await screen.findByRole('region', { name: 'Export a CRF bundle' });
    const exportButton = await within(exportRegion).findByRole('button', { name: 'Export and save…' });
    const hint = () => within(exportRegion).getByText(/^Continues bundle /);

    await user.click(exportButton);
    await within(exportRegion).findByText(/-full-.* with 2 events to downloads\//);
    const first = read(saved[0]?.bytes ?? new Uint8Array()).manifest.bundleId;
    await waitFor(() => expect(hint()).toHaveTextContent(`Continues bundle ${first} (`));

    // Nothing changed in between: only the settings row of the mark moves.
    await user.click(exportButton);
    await waitFor(() => expect(saved).toHaveLength(2));
    const second = read(saved[1]?.bytes ?? new Uint8Array()).manifest.bundleId;
    expect(second).not.toBe(first);
    await waitFor(() => expect(hint()).toHaveTextContent(`Continues bundle ${second} (`));

    await user.click(within(exportRegion).getByRole('radio', { name: /^Incremental/ }));
    await user.click(exportButton);
    await within(exportRegion).findByText(`Nothing new since bundle ${second}: no file was made.`);
    expect(saved).toHaveLength(2);
  });

  it('automatic backups never move the export mark: the incremental line continues the manual exports', async () => {
    const user = userEvent.setup();
    const { bridge: base, saved } = bridgeWith();
    const writeBackup = vi.fn(async ({ fileName }: CapabilityArgs<'writeBackup'>) => ({ location: `/backups/${fileName}`, removed: [] as string[] }));
    const bridge = { ...base, writeBackup };
    const { gate } = renderApp('/bundles', {
      bridge,
      user: { displayName: 'Wang Li', role: 'nurse', blinded: false },
      seed: async (store) => {
        await enrol(store);
        const configured = await setBackupConfig(store, { folder: '/backups', keep: 10 });
        if (!configured.ok) throw new Error(configured.issues.message);
      },
    });
    const exportRegion = await screen.findByRole('region', { name: 'Export a CRF bundle' });
    const backups = region('Automatic backups');
    const exportButton = await within(exportRegion).findByRole('button', { name: 'Export and save…' });
    const hint = () => within(exportRegion).getByText(/^Continues bundle /);
    const backUpNow = async (times: number) => {
      await user.click(within(backups).getByRole('button', { name: 'Back up now' }));
      await waitFor(() => expect(writeBackup).toHaveBeenCalledTimes(times));
      await within(backups).findByText(/^Backup written: /);
    };

    await user.click(exportButton);
    await within(exportRegion).findByText(/-full-.* with 2 events to downloads\//);
    const full = read(saved[0]?.bytes ?? new Uint8Array()).manifest;
    await setBilirubin(storeOf(gate), 342);
    await backUpNow(1);
    expect(read(writeBackup.mock.calls[0]?.[0].bytes ?? new Uint8Array()).manifest).toMatchObject({ kind: 'full', previousBundleId: null });
    await waitFor(() => expect(hint()).toHaveTextContent(`Continues bundle ${full.bundleId} (`));

    await user.click(within(exportRegion).getByRole('radio', { name: /^Incremental/ }));
    await user.click(exportButton);
    await within(exportRegion).findByText(/-inc-.* with 1 event to downloads\//);
    const inc = read(saved[1]?.bytes ?? new Uint8Array()).manifest;
    expect(inc).toMatchObject({ kind: 'incremental', previousBundleId: full.bundleId });
    await backUpNow(2);
    await waitFor(() => expect(hint()).toHaveTextContent(`Continues bundle ${inc.bundleId} (`));

    await user.click(exportButton);
    await within(exportRegion).findByText(`Nothing new since bundle ${inc.bundleId}: no file was made.`);
    expect(saved).toHaveLength(2);
  });

  it('a cancelled save records nothing: the next export is still the first', async () => {
    const user = userEvent.setup();
    const saveFile = vi.fn(async (): Promise<CapabilityResult<'saveFile'>> => ({ saved: false }));
    renderApp('/bundles', { bridge: fakeBridge({ saveFile }), user: { displayName: 'Wang Li', role: 'nurse', blinded: false }, seed: (store) => enrol(store) });
    const exportRegion = await screen.findByRole('region', { name: 'Export a CRF bundle' });
    await user.click(await within(exportRegion).findByRole('button', { name: 'Export and save…' }));
    expect((await within(exportRegion).findByText('Not saved: saving was cancelled. Nothing was recorded as exported.')).closest('[role="alert"]')).not.toBeNull();
    expect(within(exportRegion).getByRole('radio', { name: /^Incremental/ })).toBeDisabled();
    expect(screen.getByText('No CRF bundles have been exported or imported on this device yet.')).toBeInTheDocument();
  });

  it('a blinded person exports a blinded extract: no events, marked blinded, and no export recorded', async () => {
    const user = userEvent.setup();
    const { bridge, saved } = bridgeWith();
    const { gate } = renderApp('/bundles', { bridge, user: { displayName: 'Wang Li', role: 'nurse', blinded: true }, seed: (store) => enrol(store) });
    const exportRegion = await screen.findByRole('region', { name: 'Export a CRF bundle' });
    expect(await within(exportRegion).findByText(/^You work blinded, so your export is a blinded extract/)).toBeInTheDocument();
    expect(within(exportRegion).queryByRole('radio', { name: /^Full/ })).toBeNull();
    expect(within(exportRegion).queryByRole('checkbox', { name: /^Encrypt for a recipient/ })).toBeNull();
    await user.click(await within(exportRegion).findByRole('button', { name: 'Export and save…' }));
    await within(exportRegion).findByText(/^Saved the blinded extract ecrf-NCT05985863-03-.*-blinded-\d{8}T\d{4}Z\.zip \(1 subject\) to downloads\//);
    const [file] = saved;
    if (file === undefined) throw new Error('nothing was saved');
    const members = unzipSync(file.bytes);
    expect(Object.keys(members)).not.toContain('events.ndjson');
    expect(JSON.parse(strFromU8(members['manifest.json'] ?? new Uint8Array()))).toMatchObject({ blinded: true, exportedBy: { role: 'nurse' } });
    expect(await getLastExport(storeOf(gate), 'NCT05985863')).toBeUndefined();
    expect(screen.getByText('No CRF bundles have been exported or imported on this device yet.')).toBeInTheDocument();
  });
});

describe('the Bundles page: import', () => {
  it('summarises a bundle before writing, imports it, and importing it again adds nothing and says so', async () => {
    const user = userEvent.setup();
    const other = await freshStore('laptop-b');
    await enrol(other);
    await setBilirubin(other, 342);
    const { bytes } = await exportFrom(other);
    const { bridge } = bridgeWith([
      { name: 'from-b.zip', bytes },
      { name: 'from-b.zip', bytes },
    ]);
    const { gate } = renderApp('/bundles', { bridge });
    await screen.findByRole('region', { name: 'Import a CRF bundle' });
    const importRegion = region('Import a CRF bundle');

    await user.click(within(importRegion).getByRole('button', { name: 'Open a bundle…' }));
    expect(await within(importRegion).findByRole('heading', { name: 'What importing from-b.zip would do' })).toBeInTheDocument();
    const devices = within(importRegion).getByRole('table', { name: 'Devices in this bundle' });
    const row = within(devices).getAllByRole('row')[1];
    expect(row).toHaveTextContent(other.deviceId.slice(0, 8));
    expect(row).toHaveTextContent('1–3');
    expect(row).toHaveTextContent('none');
    expect(row).toHaveTextContent('New device');
    expect(within(importRegion).getByText('3 new events, 0 already on this laptop.')).toBeInTheDocument();
    expect(within(importRegion).getByText('site 03, device ' + other.deviceId.slice(0, 8))).toBeInTheDocument();
    // Nothing is written before the confirmation.
    expect(await storeOf(gate).db.events.count()).toBe(0);

    await user.click(within(importRegion).getByRole('button', { name: 'Import 3 new events' }));
    expect(await within(importRegion).findByText('Imported 3 new events from from-b.zip.')).toBeInTheDocument();
    expect(await storeOf(gate).db.events.count()).toBe(3);
    const before = await snapshot(storeOf(gate));

    await user.click(within(importRegion).getByRole('button', { name: 'Open a bundle…' }));
    expect(await within(importRegion).findByText('Nothing new: every event in this bundle is already on this laptop. Importing it again changes nothing.')).toBeInTheDocument();
    expect(within(within(importRegion).getByRole('table', { name: 'Devices in this bundle' })).getAllByRole('row')[1]).toHaveTextContent('Already here');
    await user.click(within(importRegion).getByRole('button', { name: 'Import (nothing new)' }));
    expect(await within(importRegion).findByText('Nothing new: all 3 events of from-b.zip were already on this laptop. Nothing was changed.')).toBeInTheDocument();
    expect(await snapshot(storeOf(gate))).toEqual(before);
  });

  it('shows conflicting changes in the summary, and raises a query for each on import', async () => {
    const user = userEvent.setup();
    const other = await freshStore('laptop-b');
    await enrol(other);
    const first = await exportFrom(other);
    await setBilirubin(other, 300);
    const second = await exportFrom(other);
    const { bridge } = bridgeWith([
      { name: 'first.zip', bytes: first.bytes },
      { name: 'second.zip', bytes: second.bytes },
    ]);
    const { gate } = renderApp('/bundles', { bridge });
    const importRegion = await screen.findByRole('region', { name: 'Import a CRF bundle' });
    await user.click(within(importRegion).getByRole('button', { name: 'Open a bundle…' }));
    await user.click(await within(importRegion).findByRole('button', { name: 'Import 2 new events' }));
    await within(importRegion).findByText('Imported 2 new events from first.zip.');
    await setBilirubin(storeOf(gate), 310);

    await user.click(within(importRegion).getByRole('button', { name: 'Open a bundle…' }));
    const conflicts = await within(importRegion).findByRole('table', { name: '1 field was changed here and in the bundle without either seeing the other' });
    const conflictRow = within(conflicts).getAllByRole('row')[1];
    expect(conflictRow).toHaveTextContent('03-001');
    expect(conflictRow).toHaveTextContent('bilirubin');
    expect(conflictRow).toHaveTextContent('“300 µmol/L”');
    expect(conflictRow).toHaveTextContent('“310 µmol/L”');
    await user.click(within(importRegion).getByRole('button', { name: 'Import 1 new event' }));
    expect(await within(importRegion).findByText('1 conflict became a query on its field: see Today.')).toBeInTheDocument();
    const queries = await storeOf(gate).db.queries.toArray();
    expect(queries).toEqual([expect.objectContaining({ subjectId: 'subj-1', itemId: 'bilirubin', system: true, status: 'open' })]);
  });

  it('a tampered bundle gets a clear error with its code and path, in English and Chinese, and changes nothing', async () => {
    const user = userEvent.setup();
    const other = await freshStore('laptop-b');
    await enrol(other);
    await setBilirubin(other, 342);
    const members = unzipSync((await exportFrom(other)).bytes);
    const text = strFromU8(members['events.ndjson'] ?? new Uint8Array());
    const tampered = zipSync({ ...members, 'events.ndjson': strToU8(text.replace('"value":342', '"value":343')) });
    expect(eventsIn(tampered)).toHaveLength(3);
    const storage = memoryStorage();
    const { bridge } = bridgeWith([
      { name: 'tampered.zip', bytes: tampered },
      { name: 'tampered.zip', bytes: tampered },
    ]);
    const { gate, i18n } = renderApp('/bundles', { bridge, storage });
    const importRegion = await screen.findByRole('region', { name: 'Import a CRF bundle' });
    const before = await snapshot(storeOf(gate));

    await user.click(within(importRegion).getByRole('button', { name: 'Open a bundle…' }));
    const alert = (await within(importRegion).findByText(/cannot be imported/)).closest('[role="alert"]');
    expect(alert).toHaveTextContent('tampered.zip cannot be imported. Nothing was changed on this laptop.');
    expect(alert).toHaveTextContent('member-hash at $.events.ndjson');
    expect(alert).toHaveTextContent('A file in the bundle was changed after export: its SHA-256 does not match the manifest.');
    expect(within(importRegion).queryByRole('button', { name: /^Import/ })).not.toBeInTheDocument();
    expect(await snapshot(storeOf(gate))).toEqual(before);

    await i18n.changeLanguage('zh');
    expect(storage.data.get(LANGUAGE_STORAGE_KEY)).toBe('zh');
    const zhRegion = await screen.findByRole('region', { name: '导入 CRF 数据包' });
    await user.click(within(zhRegion).getByRole('button', { name: '打开数据包…' }));
    const zhAlert = (await within(zhRegion).findByText(/无法导入 tampered\.zip/)).closest('[role="alert"]');
    expect(zhAlert).toHaveTextContent('member-hash，位置 $.events.ndjson');
    expect(zhAlert).toHaveTextContent('数据包中的某个文件在导出后被修改过：其 SHA-256 与 manifest 不符。');
    expect(await snapshot(storeOf(gate))).toEqual(before);
  });

  it('a bundle of a protocol version this laptop does not have: import that version first', async () => {
    const user = userEvent.setup();
    const other = await freshStore('laptop-b');
    await enrol(other);
    const members = unzipSync((await exportFrom(other)).bytes);
    const manifest = JSON.parse(strFromU8(members['manifest.json'] ?? new Uint8Array())) as { protocol: { version: string } };
    manifest.protocol.version = '9.9';
    const foreign = zipSync({ ...members, 'manifest.json': strToU8(JSON.stringify(manifest)) });
    const { bridge } = bridgeWith([{ name: 'amended.zip', bytes: foreign }]);
    renderApp('/bundles', { bridge });
    const importRegion = await screen.findByRole('region', { name: 'Import a CRF bundle' });
    await user.click(within(importRegion).getByRole('button', { name: 'Open a bundle…' }));
    const alert = (await within(importRegion).findByText(/amended\.zip cannot be imported/)).closest('[role="alert"]');
    expect(alert).toHaveTextContent('protocol-version-unknown at $.manifest.json.protocol');
    expect(alert).toHaveTextContent('import that version on the Protocols page first');
  });
});

describe('the Bundles page: backups and restore', () => {
  it('chooses a folder, keeps K, backs up now, and shows the last backup', async () => {
    const user = userEvent.setup();
    const writeBackup = vi.fn(async ({ fileName }: CapabilityArgs<'writeBackup'>) => ({ location: `/backups/${fileName}`, removed: [] }));
    const chooseBackupFolder = vi.fn(async (): Promise<CapabilityResult<'chooseBackupFolder'>> => ({ chosen: true, folder: '/backups' }));
    renderApp('/bundles', { bridge: fakeBridge({ writeBackup, chooseBackupFolder }), seed: (store) => enrol(store) });
    const backups = await screen.findByRole('region', { name: 'Automatic backups' });
    expect(await within(backups).findByText('Automatic backups are off: choose a folder on the Bundles page.')).toBeInTheDocument();
    expect(within(backups).getByRole('button', { name: 'Back up now' })).toBeDisabled();

    await user.click(within(backups).getByRole('button', { name: 'Choose backup folder…' }));
    expect(await within(backups).findByText('Backups go to /backups.')).toBeInTheDocument();
    const keep = within(backups).getByRole('textbox', { name: 'Backups to keep' });
    await user.clear(keep);
    await user.type(keep, '0{Enter}');
    expect(await within(backups).findByText('Enter a whole number from 1 to 1000.')).toBeInTheDocument();
    await user.clear(keep);
    await user.type(keep, '3{Enter}');
    expect(await within(backups).findByText('Keeping the newest 3 backups.')).toBeInTheDocument();

    await user.click(within(backups).getByRole('button', { name: 'Back up now' }));
    await within(backups).findByText(/^Backup written: \/backups\/ecrf-backup-NCT05985863-/);
    expect(writeBackup).toHaveBeenCalledWith(expect.objectContaining({ folder: '/backups', keep: 3 }));
    expect(within(backups).getByText(/^Last backup \d{4}-\d{2}-\d{2} \d{2}:\d{2}: \/backups\/ecrf-backup-/)).toBeInTheDocument();
  });

  it('restores a new laptop from a backup file: the data appears, every chain verified', async () => {
    const user = userEvent.setup();
    const old = await freshStore('old-laptop');
    await enrol(old);
    await setBilirubin(old, 342);
    const { bytes } = await exportFrom(old);
    const { bridge } = bridgeWith([{ name: 'ecrf-backup-NCT05985863-old-20250310T010000Z.zip', bytes }]);
    const { gate } = renderApp('/bundles', { bridge });
    const restore = await screen.findByRole('region', { name: 'Restore from a backup' });
    await user.click(within(restore).getByRole('button', { name: 'Choose a backup file…' }));
    await user.click(await within(restore).findByRole('button', { name: 'Restore 3 events' }));
    expect(await within(restore).findByText(/^Restored from ecrf-backup-.*: 3 events added, 0 already here\.$/)).toBeInTheDocument();
    expect(within(restore).getByText('Every chain checks out: 1 device, 3 events.')).toBeInTheDocument();
    expect(await storeOf(gate).db.subjects.toArray()).toEqual(await old.db.subjects.toArray());
    const history = await screen.findByRole('table', { name: 'Recent exports, imports and restores, newest first' });
    expect(within(history).getAllByRole('row')[1]).toHaveTextContent('Restored · Full');
  });
});
