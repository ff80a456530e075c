import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openSession, startPreviewServer, type AppSession, type PreviewServer } from './harness';
import { enrolSubjectThroughUi } from './nurse-enrol';
import { firstRun, switchToNewPerson } from './subjects-steps';

/*
 * Sealed bundles in real Chromium (fresh browser profiles, web platform, real WebCrypto): a data manager
 * creates a key pair (two key files downloaded); on the ward's laptop the nurse adds the public key file
 * and enrols a subject, and an unblinded colleague (a blinded person exports only a blinded extract)
 * exports a bundle sealed for it; the data manager's laptop imports the sealed file: a wrong passphrase
 * is refused, the right one leads to the normal import.
 */

const PASSPHRASE = 'Ward 7 keeps its sticks in the drawer';
const KEY_NAME = 'Data management, site 03';

let server: PreviewServer | undefined;
const sessions: AppSession[] = [];
let folder = '';

beforeAll(async () => {
  server = await startPreviewServer();
  folder = mkdtempSync(join(tmpdir(), 'ecrf-e2e-sealed-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(folder, { recursive: true, force: true });
});
afterEach(async () => {
  const open = sessions.splice(0);
  try {
    for (const session of open) session.assertNoProblems();
  } finally {
    for (const session of open) await session.close();
  }
});

async function laptop(): Promise<AppSession> {
  if (server === undefined) throw new Error('the preview server did not start');
  const session = await openSession(server);
  sessions.push(session);
  return session;
}

async function saveDownload(download: Download): Promise<string> {
  const path = join(folder, download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

const keysRegion = (page: Page) => page.getByRole('region', { name: 'Bundle encryption keys' });

async function openSettings(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true }).click();
  return keysRegion(page);
}

describe('sealed bundles between two laptops in real Chromium', () => {
  it('the data manager makes a key pair, the nurse exports sealed for it, the data manager imports with the passphrase', async () => {
    // The data manager's laptop: create the key pair (both files download; the private key is also kept here).
    const dmLaptop = await laptop();
    const dm = await dmLaptop.goto('/');
    await firstRun(dm, 'en', { name: 'Chen Jing', role: 'data-manager' }, '03');
    const keys = await openSettings(dm);
    const form = keys.getByRole('form', { name: 'Create a key pair' });
    await form.getByLabel('Name of the key').fill(KEY_NAME);
    await form.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await form.getByLabel('Repeat the passphrase').fill(PASSPHRASE);
    const downloads: Download[] = [];
    dm.on('download', (d) => downloads.push(d));
    await form.getByRole('button', { name: 'Create and save key files…' }).click();
    const fingerprintLine = await keys.getByText(/^Fingerprint \(compare it by phone with whoever adds the public key\): /).innerText();
    const fingerprint = fingerprintLine.replace(/^.*: /, '');
    expect(fingerprint).toMatch(/^([0-9a-f]{4} ){15}[0-9a-f]{4}$/);
    expect(downloads.map((d) => d.suggestedFilename())).toEqual([expect.stringMatching(/\.ecrf-key\.json$/), expect.stringMatching(/\.ecrf-pub\.json$/)]);
    const publicKeyPath = await saveDownload(downloads[1] as Download);
    const privateKeyText = readFileSync(await saveDownload(downloads[0] as Download), 'utf8');
    expect(privateKeyText).toContain('"iterations": 600000');
    await keys.getByRole('table', { name: 'Private keys kept on this laptop' }).getByText(KEY_NAME).waitFor();

    // The nurse's laptop: a subject enrolled, the public key added (its fingerprint shown to compare), a sealed export.
    const wardLaptop = await laptop();
    const ward = await enrolSubjectThroughUi(wardLaptop);
    const wardKeys = await openSettings(ward);
    await wardKeys.getByText('Key pairs are created by a data manager.').waitFor();
    const chooser = ward.waitForEvent('filechooser');
    await wardKeys.getByRole('button', { name: 'Add a public key file…' }).click();
    await (await chooser).setFiles(publicKeyPath);
    await wardKeys.getByText(`Added recipient “${KEY_NAME}”. Compare its fingerprint with its owner by phone: ${fingerprint}`).waitFor();
    await wardKeys.getByRole('table', { name: 'Recipients of sealed bundles' }).getByText(fingerprint).waitFor();

    // Bundles carry the arm: an unblinded person exports them. (A variable, so the step's type takes `blinded`.)
    const coordinator = { name: 'Liu Yang', role: 'data-manager', blinded: false };
    await switchToNewPerson(ward, 'en', coordinator);
    await ward.getByRole('link', { name: 'Bundles', exact: true }).click();
    const exportSection = ward.getByRole('region', { name: 'Export a CRF bundle' });
    await exportSection.getByRole('option', { name: /NCT05985863 · version .* \(data on this laptop\)/ }).waitFor({ state: 'attached' });
    await exportSection.getByRole('checkbox', { name: /^Encrypt for a recipient/ }).check();
    await expect(exportSection.getByRole('combobox', { name: 'Recipient' }).inputValue()).resolves.toBe(fingerprint.replaceAll(' ', ''));
    const download = ward.waitForEvent('download');
    await exportSection.getByRole('button', { name: 'Export and save…' }).click();
    const sealedFile = await download;
    expect(sealedFile.suggestedFilename()).toMatch(/^ecrf-NCT05985863-03-[0-9a-f]{8}-full-\d{8}T\d{4}Z\.ecrf-sealed$/);
    const sealedPath = await saveDownload(sealedFile);
    await exportSection.getByText(`Encrypted for “${KEY_NAME}” (fingerprint ${fingerprint.slice(0, 19)}).`).waitFor();
    const sealedBytes = readFileSync(sealedPath);
    expect(sealedBytes.subarray(0, 12).toString('latin1')).toBe('ECRF-SEALED\n');
    // The subject's code and the lab value are inside the zip, and nothing of it shows through.
    expect(sealedBytes.toString('latin1')).not.toContain('03-001');

    // Back on the data manager's laptop: import the sealed file.
    await dm.getByRole('link', { name: 'Bundles', exact: true }).click();
    const importSection = dm.getByRole('region', { name: 'Import a CRF bundle' });
    const picker = dm.waitForEvent('filechooser');
    await importSection.getByRole('button', { name: 'Open a bundle…' }).click();
    await (await picker).setFiles(sealedPath);
    await importSection.getByText(`${sealedFile.suggestedFilename()} is sealed for “${KEY_NAME}”, fingerprint ${fingerprint}.`).waitFor();
    const passphrase = importSection.getByLabel('Passphrase of the private key');
    await passphrase.fill('Ward 7 keeps its sticks in the drawers');
    await importSection.getByRole('button', { name: 'Decrypt and check' }).click();
    await importSection.getByText(`Wrong passphrase for the key “${KEY_NAME}”. Nothing was changed on this laptop.`).waitFor();

    await passphrase.fill(PASSPHRASE);
    await importSection.getByRole('button', { name: 'Decrypt and check' }).click();
    await importSection.getByRole('heading', { name: `What importing ${sealedFile.suggestedFilename()} would do` }).waitFor();
    await importSection.getByRole('button', { name: /^Import \d+ new events$/ }).click();
    await importSection.getByText(new RegExp(`^Imported \\d+ new events from ${sealedFile.suggestedFilename().replaceAll('.', '\\.')}\\.$`)).waitFor();
    await dm.getByRole('link', { name: 'Subjects', exact: true }).click();
    await dm.getByRole('table', { name: 'Subjects in NCT05985863' }).getByText('03-001').waitFor();
  });
});
