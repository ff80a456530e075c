/**
 * Encryption at rest, checked where an attacker with the laptop's disk would look: the browser profile's
 * IndexedDB files. After a real end-to-end run (a subject enrolled, a lab value, a free-text reason for
 * change), the browser is closed and every file under the profile's `Default/IndexedDB/` is searched for
 * the subject code, the lab value as typed and the free text, in UTF-8 and UTF-16LE (V8 stores strings in
 * one or the other).
 *
 * Chromium compresses LevelDB blocks (snappy), so "not found" alone would prove nothing: the same scan
 * must find, in the same files, text the app stores in clear on purpose (the people's display names,
 * which the login screen needs before any key exists). That is the positive control.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useApp } from './harness';
import { enrolSubjectThroughUi, INVESTIGATOR, NURSE, openVisit, SUBJECT_CODE } from './nurse-enrol';

const WEEK_0 = 'Week 0 (day 1) – infusion 1';
/** Patient data typed below: distinctive enough that a chance match in ciphertext is out of the question. */
const LAB_VALUE = '417.93';
const FREE_TEXT = 'Zanzibar transcription slip on the ward sheet';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : entry.isFile() ? [path] : [];
  });
}

/**
 * The IndexedDB directory of the profile that served `origin`: the harness makes a fresh profile per test
 * under the temp directory; the one holding this origin's LevelDB (its port is unique to this run) is ours.
 */
function indexedDbDirOf(origin: string): string {
  const { hostname, port } = new URL(origin);
  const leveldb = `http_${hostname}_${port}.indexeddb.leveldb`;
  const found = readdirSync(tmpdir())
    .filter((name) => name.startsWith('ecrf-e2e-profile-'))
    .map((name) => join(tmpdir(), name, 'Default', 'IndexedDB'))
    .filter((dir) => {
      try {
        return statSync(join(dir, leveldb)).isDirectory();
      } catch {
        return false;
      }
    });
  if (found.length !== 1) throw new Error(`expected one profile with ${leveldb}, found ${found.length}`);
  return found[0] as string;
}

/** Which of `needles` occur, as UTF-8 or UTF-16LE bytes, in any of `files`. */
function occurring(files: readonly string[], needles: readonly string[]): string[] {
  const contents = files.map((file) => readFileSync(file));
  return needles.filter((needle) =>
    [Buffer.from(needle, 'utf8'), Buffer.from(needle, 'utf16le')].some((bytes) => contents.some((content) => content.includes(bytes))),
  );
}

/** A lab value at week 0, and a change of the completed visit date with a free-text reason. */
async function enterLabValueAndReason(page: Page): Promise<void> {
  await openVisit(page, WEEK_0);
  const nav = page.getByRole('navigation', { name: 'Forms of this visit' });
  await nav.getByRole('link', { name: /Laboratory tests/ }).click();
  const bilirubin = page.getByRole('textbox', { name: 'Total bilirubin', exact: true });
  await bilirubin.fill(LAB_VALUE);
  await bilirubin.press('Enter');
  await page.getByRole('group', { name: 'Total bilirubin' }).getByText('Saved', { exact: true }).waitFor();

  await nav.getByRole('link', { name: /Visit date/ }).click();
  const date = page.getByRole('textbox', { name: 'Visit date', exact: true });
  await date.fill('2025-03-10');
  await date.press('Enter');
  await page.getByRole('button', { name: 'Complete form: Visit date' }).click();
  await page.getByText(new RegExp(`^Completed .* by ${NURSE}`)).waitFor();
  await date.fill('2025-03-11');
  await date.press('Enter');
  const reason = page.getByRole('dialog', { name: 'Reason for change' }).getByRole('combobox', { name: 'Reason for change' });
  await reason.fill(FREE_TEXT);
  await reason.press('Enter');
  await page.getByRole('group', { name: 'Visit date' }).getByText('Saved', { exact: true }).waitFor();
}

describe('encryption at rest in real Chromium', () => {
  const app = useApp();

  it('leaves no subject code, lab value or free text readable in the IndexedDB files, though the scan finds clear text there', async () => {
    const session = app();
    const page = await enrolSubjectThroughUi(session);
    await enterLabValueAndReason(page);
    // The app shows what it stored: the data is there, only unreadable on disk.
    expect(await page.getByRole('textbox', { name: 'Visit date', exact: true }).inputValue()).toBe('2025-03-11');
    const origin = new URL(page.url()).origin;

    // Closing the browser flushes IndexedDB's write-ahead log to the profile's files.
    await session.context.close();
    const files = filesUnder(indexedDbDirOf(origin));
    expect(files.length).toBeGreaterThan(0);

    expect(occurring(files, [NURSE, INVESTIGATOR])).toEqual([NURSE, INVESTIGATOR]);
    expect(occurring(files, [SUBJECT_CODE, LAB_VALUE, FREE_TEXT])).toEqual([]);
  });
});
