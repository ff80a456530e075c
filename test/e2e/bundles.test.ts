import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openSession, startPreviewServer, type AppSession, type PreviewServer } from './harness';
import { enrolSubjectThroughUi, NURSE, openVisit, SUBJECT_CODE } from './nurse-enrol';
import { firstRun, switchToNewPerson } from './subjects-steps';

/*
 * Laptops in real Chromium (fresh browser profiles, web platform): a nurse enrols a subject and enters a
 * value through the UI on the first, backs up (kept in the browser) and, working blinded, exports a
 * blinded extract; an unblinded data manager exports a full bundle (a download). A data manager on the
 * second imports it (the data appears), imports it again (nothing new) and is refused a tampered copy
 * and the blinded extract (clear errors, nothing changed); a monitor there sees the same values and
 * the same field history (values, reasons, who); a third laptop is restored from it.
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

/**
 * Accounts are blinded unless created otherwise; bundles are for unblinded people. (switchToNewPerson
 * passes the person on to the account form, which takes `blinded`.)
 */
const UNBLINDED_DATA_MANAGER = { name: 'Zhou Ping', role: 'data-manager', blinded: false };

/** The rows of a field's history dialog (Alt+H on the field), header first. */
async function fieldHistory(page: Page, field: string): Promise<string[]> {
  await page.getByRole('textbox', { name: field, exact: true }).focus();
  await page.keyboard.press('Alt+H');
  const dialog = page.getByRole('dialog', { name: /^History: / });
  const rows = dialog.getByRole('row');
  await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(3);
  const texts = await rows.allInnerTexts();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  return texts;
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

    // A completed value changed with a reason: history the other laptop must show the same.
    await page.getByRole('navigation', { name: 'Forms of this visit' }).getByRole('link', { name: /^Visit date/ }).click();
    const date = page.getByRole('textbox', { name: 'Visit date', exact: true });
    await date.fill('2025-03-10');
    await date.press('Enter');
    await page.getByRole('button', { name: 'Complete form: Visit date' }).click();
    await page.getByText(new RegExp(`^Completed .* by ${NURSE}`)).waitFor();
    await date.fill('2025-03-11');
    await date.press('Enter');
    const reason = page.getByRole('dialog', { name: 'Reason for change' }).getByRole('combobox', { name: 'Reason for change' });
    await reason.fill('Transcription error corrected');
    await reason.press('Enter');
    await page.getByRole('group', { name: 'Visit date' }).getByText('Saved', { exact: true }).waitFor();
    const historyHere = await fieldHistory(page, 'Visit date');
    expect(historyHere[1]).toContain('2025-03-10');
    expect(historyHere[2]).toContain('Transcription error corrected');
    expect(historyHere[2]).toContain(`${NURSE} (research nurse)`);

    // Automatic backups on the web platform are kept in the browser profile.
    await page.getByRole('link', { name: 'Bundles', exact: true }).click();
    const backups = page.getByRole('region', { name: 'Automatic backups' });
    await backups.getByRole('button', { name: 'Choose backup folder…' }).click();
    await backups.getByText('Backups go to browser-storage://ecrf-web-platform/backups.').waitFor();
    await backups.getByRole('button', { name: 'Back up now' }).click();
    await backups.getByText(/^Backup written: browser-storage:\/\/ecrf-web-platform\/backups\/ecrf-backup-NCT05985863-[0-9a-f]{8}-\d{8}T\d{6}Z\.zip$/).waitFor();

    // The nurse works blinded: her export is a blinded extract (no events, no arm), not a bundle.
    let exportSection = page.getByRole('region', { name: 'Export a CRF bundle' });
    await exportSection.getByRole('option', { name: /NCT05985863 · version .* \(data on this laptop\)/ }).waitFor({ state: 'attached' });
    await exportSection.getByText(/^You work blinded, so your export is a blinded extract/).waitFor();
    const extractDownload = page.waitForEvent('download');
    await exportSection.getByRole('button', { name: 'Export and save…' }).click();
    const extract = await extractDownload;
    expect(extract.suggestedFilename()).toMatch(/^ecrf-NCT05985863-03-[0-9a-f]{8}-blinded-\d{8}T\d{4}Z\.zip$/);
    const extractPath = join(folder, extract.suggestedFilename());
    await extract.saveAs(extractPath);
    await exportSection.getByText(/^Saved the blinded extract ecrf-NCT05985863-.* \(1 subject\) to downloads\//).waitFor();
    expect(Object.keys(unzipSync(new Uint8Array(readFileSync(extractPath))))).not.toContain('events.ndjson');

    // An unblinded data manager exports a full bundle: a download in the browser.
    await switchToNewPerson(page, 'en', UNBLINDED_DATA_MANAGER);
    await page.getByRole('link', { name: 'Bundles', exact: true }).click();
    exportSection = page.getByRole('region', { name: 'Export a CRF bundle' });
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
    await firstRun(dm, 'en', { name: 'Chen Jing', role: 'data-manager' }, '03');
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
    // The blinded extract: refused with its own code; nothing changed.
    section = await openBundle(dm, extractPath);
    const refusal = await section.getByRole('alert').filter({ hasText: `${extract.suggestedFilename()} cannot be imported.` }).innerText();
    expect(refusal).toContain('blinded-extract at $.manifest.json.blinded');
    expect(refusal).toContain('a blinded extract carries no events and cannot be imported');
    expect(await history.getByRole('row').count()).toBe(3);
    await dm.getByRole('link', { name: 'Subjects', exact: true }).click();
    const subjects = dm.getByRole('table', { name: 'Subjects in NCT05985863' });
    await subjects.getByText(SUBJECT_CODE).waitFor();
    expect(await subjects.getByRole('row').count()).toBe(2);

    // A monitor on laptop 2 sees the same value and the same field history: values, times, reasons and
    // who: the person's name, which the bundle's manifest carries (events hold only the id).
    const nurseId = strFromU8(members['events.ndjson'] ?? new Uint8Array())
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { userId: string; type: string; payload: { entered?: string } })
      .find((event) => event.type === 'item.valueSet' && event.payload.entered === '2025-03-11')?.userId;
    expect(nurseId).toBeDefined();
    await switchToNewPerson(dm, 'en', { name: 'Liu Min', role: 'monitor' });
    await dm.getByRole('link', { name: 'Subjects', exact: true }).click();
    await dm.getByRole('table', { name: 'Subjects in NCT05985863' }).getByRole('link', { name: SUBJECT_CODE }).click();
    await openVisit(dm, WEEK_0);
    expect(await dm.getByRole('textbox', { name: 'Visit date', exact: true }).inputValue()).toBe('2025-03-11');
    const historyThere = await fieldHistory(dm, 'Visit date');
    expect(historyThere).toEqual(historyHere);
    expect(historyThere.join('\n')).not.toContain(nurseId ?? '(no nurse id)');
    await dm.getByRole('navigation', { name: 'Forms of this visit' }).getByRole('link', { name: /Laboratory tests/ }).click();
    // Read-only for a monitor: the value with its unit.
    expect(await dm.getByRole('textbox', { name: 'Total bilirubin', exact: true }).inputValue()).toBe('342 µmol/L');

    // Laptop 3 (the first one died): restored from the full bundle, every chain verified.
    const third = await laptop();
    const spare = await third.goto('/');
    await firstRun(spare, 'en', { name: 'Chen Jing', role: 'data-manager' }, '03');
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
