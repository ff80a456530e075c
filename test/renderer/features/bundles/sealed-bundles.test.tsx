import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { strFromU8, strToU8 } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import type { CapabilityArgs, CapabilityResult } from '../../../../shared/bridge';
import type { Store } from '../../../../renderer/db';
import { addOwnKey, addRecipient, listOwnKeys, listRecipients } from '../../../../renderer/db/recipient-keys';
import { createKeyPair, unlockPrivateKey, unsealBundle, sealBundle, type UnlockedKey } from '../../../../renderer/features/keys/recipient-crypto';
import { keyFileText, parsePrivateKeyFile, parsePublicKeyFile, SEALED_MAGIC, type PrivateKeyFile, type PublicKeyFile } from '../../../../shared/export/sealed';
import { fakeBridge } from '../../app/support/fake-bridge';
import { renderApp } from '../../app/support/render-app';
import { enrol, expectOk, exportFrom, freshStore, read, setBilirubin, snapshot } from './support/bundles';

/*
 * Sealed bundles on the Bundles and Settings pages (component tests, fake platform): exporting sealed
 * for a recipient, importing a sealed bundle (the passphrase asked for, every refusal explained and
 * nothing changed), and creating a key pair in Settings.
 */

type Saved = CapabilityArgs<'saveFile'>;
const PASSPHRASE = 'ward 7 stick in the drawer';
const created = '2025-03-10T08:00:00.000Z';

function storeOf(gate: ReturnType<typeof renderApp>['gate']): Store {
  const state = gate.state();
  if (state.status !== 'open') throw new Error('the store is not open');
  return state.store;
}

function bridgeWith(files: { name: string; bytes: Uint8Array }[] = []) {
  const saved: Saved[] = [];
  const saveFile = vi.fn(async (args: Saved): Promise<CapabilityResult<'saveFile'>> => {
    saved.push(args);
    return { saved: true, location: `downloads/${args.suggestedName}` };
  });
  const openFile = vi.fn(async (): Promise<CapabilityResult<'openFile'>> => {
    const next = files.shift();
    return next === undefined ? { opened: false } : { opened: true, ...next };
  });
  return { bridge: fakeBridge({ saveFile, openFile }), saved, files };
}

const pairs = new Map<string, { privateFile: PrivateKeyFile; publicFile: PublicKeyFile; key: UnlockedKey }>();
/** A key pair made once per name for the whole file (PBKDF2 at 600,000 iterations is slow on purpose). */
async function pairOf(name: string) {
  const known = pairs.get(name);
  if (known !== undefined) return known;
  const pair = await createKeyPair({ name, passphrase: PASSPHRASE, created });
  const made = { ...pair, key: expectOk(await unlockPrivateKey(pair.privateFile, PASSPHRASE)) };
  pairs.set(name, made);
  return made;
}

async function sealedBundleFromAnotherLaptop(recipient: PublicKeyFile) {
  const other = await freshStore('laptop-b');
  await enrol(other);
  await setBilirubin(other, 342);
  const { bytes } = await exportFrom(other);
  return sealBundle(bytes, recipient);
}


describe('sealed bundles: export', () => {
  it('“Encrypt for a recipient” saves a sealed file that only that recipient’s key opens, holding the very bundle', async () => {
    const user = userEvent.setup();
    const { privateFile, publicFile, key } = await pairOf('Data management, Beijing');
    void privateFile;
    const { bridge, saved } = bridgeWith();
    renderApp('/bundles', { bridge, user: { displayName: 'Wang Li', role: 'nurse', blinded: false }, seed: async (store) => { await enrol(store); expectOk(await addRecipient(store, publicFile)); } });
    const exportRegion = await screen.findByRole('region', { name: 'Export a CRF bundle' });
    await user.click(await within(exportRegion).findByRole('checkbox', { name: /^Encrypt for a recipient/ }));
    const choice = await within(exportRegion).findByRole('combobox', { name: 'Recipient' });
    expect(within(choice).getByRole('option', { selected: true })).toHaveTextContent(`Data management, Beijing · ${publicFile.fingerprint.slice(0, 4)} ${publicFile.fingerprint.slice(4, 8)}`);

    await user.click(within(exportRegion).getByRole('button', { name: 'Export and save…' }));
    expect(await within(exportRegion).findByText(/^Encrypted for “Data management, Beijing” \(fingerprint [0-9a-f ]+\)\.$/)).toBeInTheDocument();
    expect(saved).toHaveLength(1);
    const file = saved[0];
    expect(file?.suggestedName).toMatch(/^ecrf-NCT05985863-03-.*-full-\d{8}T\d{4}Z\.ecrf-sealed$/);
    expect(file?.filters).toEqual([]);
    const sealed = file?.bytes ?? new Uint8Array();
    expect(strFromU8(sealed.subarray(0, SEALED_MAGIC.length))).toBe(SEALED_MAGIC);
    const bundle = read(expectOk(await unsealBundle(sealed, key)));
    expect(bundle.manifest).toMatchObject({ kind: 'full', site: '03' });
    expect(bundle.events).toHaveLength(2);
  });

  it('without a recipient, encrypting is not possible: a public key file is added from the export form, with errors shown by JSON path', async () => {
    const user = userEvent.setup();
    const { publicFile } = await pairOf('Li Wei');
    const broken = { ...JSON.parse(keyFileText(publicFile)), name: '', created: 'yesterday' };
    const { bridge } = bridgeWith([
      { name: 'broken.ecrf-pub.json', bytes: strToU8(JSON.stringify(broken)) },
      { name: 'li.ecrf-pub.json', bytes: strToU8(keyFileText(publicFile)) },
    ]);
    const { gate } = renderApp('/bundles', { bridge, user: { displayName: 'Wang Li', role: 'nurse', blinded: false }, seed: (store) => enrol(store) });
    const exportRegion = await screen.findByRole('region', { name: 'Export a CRF bundle' });
    await user.click(await within(exportRegion).findByRole('checkbox', { name: /^Encrypt for a recipient/ }));
    expect(await within(exportRegion).findByText(/^No recipient yet/)).toBeInTheDocument();

    await user.click(within(exportRegion).getByRole('button', { name: 'Add a public key file…' }));
    const problems = await within(exportRegion).findByText('broken.ecrf-pub.json is not a usable public key file:');
    const list = problems.parentElement ?? problems;
    expect(list).toHaveTextContent('$.name: A field is missing or wrong.');
    expect(list).toHaveTextContent('$.created: A field is missing or wrong.');
    expect(await listRecipients(storeOf(gate))).toEqual([]);

    await user.click(within(exportRegion).getByRole('button', { name: 'Add a public key file…' }));
    expect(await within(exportRegion).findByText(/^Added recipient “Li Wei”\. Compare its fingerprint with its owner by phone: ([0-9a-f]{4} ){15}[0-9a-f]{4}$/)).toBeInTheDocument();
    expect(await within(exportRegion).findByRole('combobox', { name: 'Recipient' })).toHaveDisplayValue(/^Li Wei · /);
    expect((await listRecipients(storeOf(gate))).map((k) => k.fingerprint)).toEqual([publicFile.fingerprint]);
  });
});

describe('sealed bundles: import', () => {
  it('asks for the passphrase; a wrong one is refused and changes nothing; the right one leads to the normal verified import', async () => {
    const user = userEvent.setup();
    const { privateFile, publicFile } = await pairOf('Data management, Beijing');
    const sealed = await sealedBundleFromAnotherLaptop(publicFile);
    const { bridge } = bridgeWith([{ name: 'from-b.ecrf-sealed', bytes: sealed }]);
    const { gate } = renderApp('/bundles', { bridge, seed: async (store) => void expectOk(await addOwnKey(store, privateFile)) });
    const importRegion = await screen.findByRole('region', { name: 'Import a CRF bundle' });
    await user.click(within(importRegion).getByRole('button', { name: 'Open a bundle…' }));

    expect(await within(importRegion).findByText(/^from-b\.ecrf-sealed is sealed for “Data management, Beijing”, fingerprint /)).toBeInTheDocument();
    // The kept keys are read from the store: the choice appears once they are.
    expect(await within(importRegion).findByRole('combobox', { name: 'Private key' })).toHaveDisplayValue(/^Data management, Beijing · .* \(kept on this laptop\)$/);
    const before = await snapshot(storeOf(gate));

    await user.type(within(importRegion).getByLabelText('Passphrase of the private key'), 'ward 7 stick in the drawe');
    await user.click(within(importRegion).getByRole('button', { name: 'Decrypt and check' }));
    expect(await within(importRegion).findByText('Wrong passphrase for the key “Data management, Beijing”. Nothing was changed on this laptop.')).toBeInTheDocument();
    expect(await snapshot(storeOf(gate))).toEqual(before);

    await user.clear(within(importRegion).getByLabelText('Passphrase of the private key'));
    await user.type(within(importRegion).getByLabelText('Passphrase of the private key'), PASSPHRASE);
    await user.click(within(importRegion).getByRole('button', { name: 'Decrypt and check' }));
    expect(await within(importRegion).findByRole('heading', { name: 'What importing from-b.ecrf-sealed would do' })).toBeInTheDocument();
    expect(await storeOf(gate).db.events.count()).toBe(0);
    await user.click(within(importRegion).getByRole('button', { name: 'Import 3 new events' }));
    expect(await within(importRegion).findByText('Imported 3 new events from from-b.ecrf-sealed.')).toBeInTheDocument();
    expect(await storeOf(gate).db.events.count()).toBe(3);
  });

  it('a bundle sealed for someone else names whose key it needs; a key file can be used instead of a kept key', async () => {
    const user = userEvent.setup();
    const forLi = await pairOf('Li Wei');
    const mine = await pairOf('Data management, Beijing');
    const sealed = await sealedBundleFromAnotherLaptop(forLi.publicFile);
    const { bridge } = bridgeWith([
      { name: 'from-b.ecrf-sealed', bytes: sealed },
      { name: 'li.ecrf-key.json', bytes: strToU8(keyFileText(forLi.privateFile)) },
    ]);
    const { gate } = renderApp('/bundles', { bridge, seed: async (store) => void expectOk(await addOwnKey(store, mine.privateFile)) });
    const importRegion = await screen.findByRole('region', { name: 'Import a CRF bundle' });
    await user.click(within(importRegion).getByRole('button', { name: 'Open a bundle…' }));
    await within(importRegion).findByRole('combobox', { name: 'Private key' });
    await user.type(within(importRegion).getByLabelText('Passphrase of the private key'), PASSPHRASE);
    await user.click(within(importRegion).getByRole('button', { name: 'Decrypt and check' }));
    expect(
      await within(importRegion).findByText(/^This bundle is sealed for “Li Wei” \(fingerprint [0-9a-f ]+\), not for the key “Data management, Beijing”\. Use that person’s key\. Nothing was changed on this laptop\.$/),
    ).toBeInTheDocument();
    expect(await storeOf(gate).db.events.count()).toBe(0);

    await user.click(within(importRegion).getByRole('button', { name: 'Use a private key file…' }));
    await waitFor(() => expect(within(importRegion).getByRole('combobox', { name: 'Private key' })).toHaveDisplayValue(/^Li Wei · .* \(from file li\.ecrf-key\.json\)$/));
    await user.click(within(importRegion).getByRole('button', { name: 'Decrypt and check' }));
    expect(await within(importRegion).findByRole('heading', { name: 'What importing from-b.ecrf-sealed would do' })).toBeInTheDocument();
  });

  it('a tampered sealed bundle is refused with a clear error (English and Chinese), nothing changed', async () => {
    const user = userEvent.setup();
    const { privateFile, publicFile } = await pairOf('Data management, Beijing');
    const sealed = (await sealedBundleFromAnotherLaptop(publicFile)).slice();
    const at = sealed.length - 40;
    sealed[at] = (sealed[at] ?? 0) ^ 1;
    const { bridge } = bridgeWith([
      { name: 'from-b.ecrf-sealed', bytes: sealed },
      { name: 'from-b.ecrf-sealed', bytes: sealed },
    ]);
    const { gate, i18n } = renderApp('/bundles', { bridge, seed: async (store) => void expectOk(await addOwnKey(store, privateFile)) });
    const importRegion = await screen.findByRole('region', { name: 'Import a CRF bundle' });
    await user.click(within(importRegion).getByRole('button', { name: 'Open a bundle…' }));
    await within(importRegion).findByRole('combobox', { name: 'Private key' });
    await user.type(within(importRegion).getByLabelText('Passphrase of the private key'), PASSPHRASE);
    await user.click(within(importRegion).getByRole('button', { name: 'Decrypt and check' }));
    expect(await within(importRegion).findByText('The sealed bundle was altered or damaged after it was sealed: it cannot be decrypted. Nothing was changed on this laptop.')).toBeInTheDocument();
    expect(await storeOf(gate).db.events.count()).toBe(0);

    await i18n.changeLanguage('zh-CN');
    const zhRegion = await screen.findByRole('region', { name: '导入 CRF 数据包' });
    await user.click(within(zhRegion).getByRole('button', { name: '取消' }));
    await user.click(within(zhRegion).getByRole('button', { name: /^打开数据包/ }));
    await within(zhRegion).findByRole('combobox', { name: '私钥' });
    await user.type(within(zhRegion).getByLabelText('私钥口令'), PASSPHRASE);
    await user.click(within(zhRegion).getByRole('button', { name: '解密并检查' }));
    expect(await within(zhRegion).findByText('加密数据包在加密后被修改或损坏，无法解密。本机未作任何更改。')).toBeInTheDocument();
  });
});

describe('Settings: bundle encryption keys', () => {
  it('a data manager creates a key pair: passphrase checked, private then public key file saved, kept on this laptop, listed as a recipient', async () => {
    const user = userEvent.setup();
    const { bridge, saved } = bridgeWith();
    const { gate } = renderApp('/settings', { bridge, user: { displayName: 'Zhao Min', role: 'data-manager', blinded: false } });
    const keysRegion = await screen.findByRole('region', { name: 'Bundle encryption keys' });
    const form = within(keysRegion).getByRole('form', { name: 'Create a key pair' });
    await user.type(within(form).getByLabelText('Name of the key'), 'Data management, Beijing');
    await user.type(within(form).getByLabelText('Passphrase'), 'too short');
    await user.type(within(form).getByLabelText('Repeat the passphrase'), 'too short');
    await user.click(within(form).getByRole('button', { name: 'Create and save key files…' }));
    expect(await within(form).findByText('The passphrase needs at least 12 characters.')).toBeInTheDocument();
    await user.clear(within(form).getByLabelText('Passphrase'));
    await user.type(within(form).getByLabelText('Passphrase'), PASSPHRASE);
    await user.click(within(form).getByRole('button', { name: 'Create and save key files…' }));
    expect(await within(form).findByText('The two passphrases differ.')).toBeInTheDocument();
    expect(saved).toHaveLength(0);

    await user.clear(within(form).getByLabelText('Repeat the passphrase'));
    await user.type(within(form).getByLabelText('Repeat the passphrase'), PASSPHRASE);
    await user.click(within(form).getByRole('button', { name: 'Create and save key files…' }));
    expect(await within(keysRegion).findByText(/^Public key file saved to downloads\/Data-management-Beijing-[0-9a-f]{8}\.ecrf-pub\.json\./)).toBeInTheDocument();
    expect(saved.map((s) => s.suggestedName)).toEqual([expect.stringMatching(/\.ecrf-key\.json$/), expect.stringMatching(/\.ecrf-pub\.json$/)]);
    const privateFile = expectOk(parsePrivateKeyFile(strFromU8(saved[0]?.bytes ?? new Uint8Array())));
    const publicFile = expectOk(parsePublicKeyFile(strFromU8(saved[1]?.bytes ?? new Uint8Array())));
    expect(publicFile.fingerprint).toBe(privateFile.fingerprint);
    expect((await unlockPrivateKey(privateFile, PASSPHRASE)).ok).toBe(true);
    expect(await listOwnKeys(storeOf(gate))).toEqual([privateFile]);
    expect(await listRecipients(storeOf(gate))).toEqual([publicFile]);
    expect(await within(keysRegion).findByRole('table', { name: 'Private keys kept on this laptop' })).toHaveTextContent('Data management, Beijing');
    expect(within(keysRegion).getByRole('table', { name: 'Recipients of sealed bundles' })).toHaveTextContent(publicFile.fingerprint.slice(0, 4));
  });

  it('a nurse sees the recipients but cannot create a key pair', async () => {
    renderApp('/settings');
    const keysRegion = await screen.findByRole('region', { name: 'Bundle encryption keys' });
    expect(await within(keysRegion).findByText('Key pairs are created by a data manager.')).toBeInTheDocument();
    expect(within(keysRegion).queryByRole('form', { name: 'Create a key pair' })).toBeNull();
    expect(within(keysRegion).getByRole('button', { name: 'Add a public key file…' })).toBeInTheDocument();
  });
});
