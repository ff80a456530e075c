import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openSession, startPreviewServer, type AppSession, type PreviewServer } from './harness';
import { enrolSubjectThroughUi, openVisit, SUBJECT_CODE } from './nurse-enrol';

/*
 * Laptops in real Chromium (fresh browser profiles, web platform): a nurse enrols a subject and enters a
 * value through the UI on the first, backs up (kept in the browser) and exports a full bundle (a
 * download); a data manager on the second imports it (the data appears), imports it again (nothing new)
 * and imports a tampered copy (a clear error, nothing changed); a third laptop is restored from it.
 */

const WEEK_0 = 'Week 0 (day 1) – infusion 1';

let server: PreviewServer | undefined;
const sessions: AppSession[] = [];
let folder = '';

beforeAll(async () => {
  server = await startPreviewServer();
  folder = mkdtempSync(join(tmpdir(), 'ecrf-e2e-bundles-'));
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

/** A fresh browser profile: a new laptop. */
async function laptop(): Promise<AppSession> {
  if (server === undefined) throw new Error('the preview server did not start');
  const session = await openSession(server);
  sessions.push(session);
  return session;
}

/** Imports a file on the Bundles page and returns the import section. */
async function openBundle(page: Page, path: string) {
  const section = page.getByRole('region', { name: 'Import a CRF bundle' });
  const chooser = page.waitForEvent('filechooser');
  await section.getByRole('button', { name: 'Open a bundle…' }).click();
  await (await chooser).setFiles(path);
  return section;
}

describe('CRF bundles between two laptops in real Chromium', () => {
  it('backs up and exports a full bundle; a fresh laptop imports it, re-imports it (nothing new), refuses a tampered copy; a third restores from it', async () => {
    // Laptop 1: enrol a subject and enter a value through the UI.
    const first = await laptop();
    const page = await enrolSubjectThroughUi(first);
    await openVisit(page, WEEK_0);
    await page.getByRole('navigation', { name: 'Forms of this visit' }).getByRole('link', { name: /Laboratory tests/ }).click();
    const bilirubin = page.getByRole('textbox', { name: 'Total bilirubin', exact: true });
    await bilirubin.fill('342');
    await bilirubin.press('Enter');
    await page.getByRole('group', { name: 'Total bilirubin' }).getByText('Saved', { exact: true }).waitFor();

    // Automatic backups on the web platform are kept in the browser profile.
    await page.getByRole('link', { name: 'Bundles', exact: true }).click();
    const backups = page.getByRole('region', { name: 'Automatic backups' });
    await backups.getByRole('button', { name: 'Choose backup folder…' }).click();
    await backups.getByText('Backups go to browser-storage://ecrf-web-platform/backups.').waitFor();
    await backups.getByRole('button', { name: 'Back up now' }).click();
    await backups.getByText(/^Backup written: browser-storage:\/\/ecrf-web-platform\/backups\/ecrf-backup-NCT05985863-[0-9a-f]{8}-\d{8}T\d{6}Z\.zip$/).waitFor();

    // Export a full bundle: a download in the browser.
    const exportSection = page.getByRole('region', { name: 'Export a CRF bundle' });
    await exportSection.getByRole('option', { name: /NCT05985863 · version .* \(data on this laptop\)/ }).waitFor({ state: 'attached' });
    const download = page.waitForEvent('download');
    await exportSection.getByRole('button', { name: 'Export and save…' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^ecrf-NCT05985863-03-[0-9a-f]{8}-full-\d{8}T\d{4}Z\.zip$/);
    const bundlePath = join(folder, file.suggestedFilename());
    await file.saveAs(bundlePath);
    const saved = await exportSection.getByText(/^Saved ecrf-NCT05985863-.* with \d+ events to downloads\//).innerText();
    const exported = Number(/with (\d+) events/.exec(saved)?.[1]);
    expect(exported).toBeGreaterThan(3);

    // A tampered copy: one digit of the value changed (same length, so only the hash tells).
    const members = unzipSync(new Uint8Array(readFileSync(bundlePath)));
    const events = strFromU8(members['events.ndjson'] ?? new Uint8Array());
    expect(events).toContain('"entered":"342"');
    const tamperedPath = join(folder, 'tampered.zip');
    writeFileSync(tamperedPath, zipSync({ ...members, 'events.ndjson': strToU8(events.replace('"entered":"342"', '"entered":"343"')) }));

    // Laptop 2: a fresh profile; a data manager starts it.
    const second = await laptop();
    const dm = await second.goto('/');
    await dm.getByLabel('Your name').fill('Chen Jing');
    await dm.getByLabel('Role').selectOption({ label: 'Data manager' });
    await dm.getByLabel('Site number').fill('03');
    await dm.getByRole('button', { name: 'Start' }).click();
    await dm.getByRole('link', { name: 'Bundles', exact: true }).click();
    await dm.getByText('No CRF bundles have been exported or imported on this device yet.').waitFor();

    // Import: summary first, nothing written until confirmed.
    let section = await openBundle(dm, bundlePath);
    await section.getByRole('heading', { name: `What importing ${file.suggestedFilename()} would do` }).waitFor();
    const devices = section.getByRole('table', { name: 'Devices in this bundle' });
    expect(await devices.getByRole('row').nth(1).innerText()).toContain('New device');
    await section.getByText(`${exported} new events, 0 already on this laptop.`).waitFor();
    await section.getByRole('button', { name: `Import ${exported} new events` }).click();
    await section.getByText(`Imported ${exported} new events from ${file.suggestedFilename()}.`).waitFor();

    // The data appears.
    await dm.getByRole('link', { name: 'Subjects', exact: true }).click();
    await dm.getByRole('table', { name: 'Subjects in NCT05985863' }).getByText(SUBJECT_CODE).waitFor();

    // Import again: nothing new.
    await dm.getByRole('link', { name: 'Bundles', exact: true }).click();
    section = await openBundle(dm, bundlePath);
    await section.getByText('Nothing new: every event in this bundle is already on this laptop. Importing it again changes nothing.').waitFor();
    await section.getByRole('button', { name: 'Import (nothing new)' }).click();
    await section.getByText(`Nothing new: all ${exported} events of ${file.suggestedFilename()} were already on this laptop. Nothing was changed.`).waitFor();
    const history = dm.getByRole('table', { name: 'Recent exports, imports and restores, newest first' });
    await expect.poll(() => history.getByRole('row').count(), { timeout: 10_000 }).toBe(3);

    // A tampered copy: a clear error with its code and where; nothing changed.
    section = await openBundle(dm, tamperedPath);
    const alert = section.getByRole('alert').filter({ hasText: 'tampered.zip cannot be imported. Nothing was changed on this laptop.' });
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text).toContain('member-hash at $.events.ndjson');
    expect(text).toContain('A file in the bundle was changed after export: its SHA-256 does not match the manifest.');
    expect(await section.getByRole('button', { name: /^Import/ }).count()).toBe(0);
    expect(await history.getByRole('row').count()).toBe(3);
    await dm.getByRole('link', { name: 'Subjects', exact: true }).click();
    const subjects = dm.getByRole('table', { name: 'Subjects in NCT05985863' });
    await subjects.getByText(SUBJECT_CODE).waitFor();
    expect(await subjects.getByRole('row').count()).toBe(2);

    // Laptop 3 (the first one died): restored from the full bundle, every chain verified.
    const third = await laptop();
    const spare = await third.goto('/');
    await spare.getByLabel('Your name').fill('Chen Jing');
    await spare.getByLabel('Role').selectOption({ label: 'Data manager' });
    await spare.getByLabel('Site number').fill('03');
    await spare.getByRole('button', { name: 'Start' }).click();
    await spare.getByRole('link', { name: 'Bundles', exact: true }).click();
    const restore = spare.getByRole('region', { name: 'Restore from a backup' });
    const chooser = spare.waitForEvent('filechooser');
    await restore.getByRole('button', { name: 'Choose a backup file…' }).click();
    await (await chooser).setFiles(bundlePath);
    await restore.getByRole('button', { name: `Restore ${exported} events` }).click();
    await restore.getByText(`Every chain checks out: 1 device, ${exported} events.`).waitFor();
    await spare.getByRole('link', { name: 'Subjects', exact: true }).click();
    await spare.getByRole('table', { name: 'Subjects in NCT05985863' }).getByText(SUBJECT_CODE).waitFor();
  });
});
