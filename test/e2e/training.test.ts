import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotForDocs, useApp } from './harness';
import { firstRun, fixClock, goTo } from './subjects-steps';

const TITLE_EN = 'TRAINING DATA — not real patients';
const TITLE_ZH = '培训数据——非真实患者';
const NOTE = 'Training database in use';

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true }).waitFor();

/** The header of the page now shown carries the training banner, in both languages at once. */
async function expectTrainingBanner(page: Page): Promise<void> {
  const note = page.getByRole('banner').getByRole('note', { name: NOTE, exact: true });
  await note.waitFor();
  const text = await note.innerText();
  expect(text).toContain(TITLE_EN);
  expect(text).toContain(TITLE_ZH);
  expect(await page.getByRole('status', { name: 'Status', exact: true }).innerText()).toContain('Training database: bedside-ecrf-training');
}

/** Scrolls the page's content (not the window) so `region` sits under the header, which stays in the picture. */
async function scrollContentTo(region: Locator): Promise<void> {
  await region.evaluate((section) => {
    const main = section.closest('main');
    if (main !== null) main.scrollTop += section.getBoundingClientRect().top - main.getBoundingClientRect().top - 8;
  });
}

async function showSubjectsOf(page: Page, protocolId: string): Promise<void> {
  await goTo(page, 'en', 'subjects');
  await page.getByLabel('Protocol', { exact: true }).selectOption(protocolId);
}

describe('the training database in real Chromium', () => {
  const app = useApp();

  it('loads 20 synthetic subjects of NCT05121870, marks every screen while in training, plots a subject’s course, and switches back to the real (empty) data', async () => {
    const session = app();
    await fixClock(session.context);
    const page = await session.goto('/');
    await firstRun(page, 'en', { name: 'Wang Li', role: 'nurse' }, '03');

    // Settings → Training database: 20 subjects of NCT05121870.
    await page.getByRole('navigation', { name: 'Main', exact: true }).getByRole('link', { name: 'Settings', exact: true }).click();
    await heading(page, 'Settings');
    const panel = page.getByRole('region', { name: 'Training database', exact: true });
    await panel.getByLabel('Protocol', { exact: true }).selectOption('NCT05121870');
    await panel.getByLabel('Number of subjects', { exact: true }).fill('20');
    await panel.getByRole('button', { name: 'Load and switch to training', exact: true }).click();
    const loaded = page.getByText(/^Loaded 20 subjects of NCT05121870 \([\d,]+ records\) in [\d.]+ s\.$/);
    await loaded.waitFor({ timeout: 90_000 });
    console.log(`training load in Chromium: ${await loaded.innerText()}`);
    await expectTrainingBanner(page);
    await scrollContentTo(panel);
    await screenshotForDocs(page, 'settings-training-en');

    // Today and Subjects are marked, and show the synthetic subjects.
    await goTo(page, 'en', 'today');
    await expectTrainingBanner(page);
    await showSubjectsOf(page, 'NCT05121870');
    await expectTrainingBanner(page);
    const table = page.getByRole('table', { name: 'Subjects in NCT05121870', exact: true });
    const codes = await table.getByRole('rowheader').allInnerTexts();
    expect(codes.filter((c) => /^03-\d{3}$/.test(c))).toHaveLength(20);

    // A subject page with its plots: six charts drawn by recharts, and the values as a table.
    await table.getByRole('link', { name: '03-001', exact: true }).click();
    await heading(page, 'Subject 03-001');
    await expectTrainingBanner(page);
    const plots = page.getByRole('region', { name: 'Course over study weeks', exact: true });
    await plots.getByRole('figure').first().waitFor();
    expect(await plots.getByRole('figure').count()).toBe(6);
    expect(await plots.locator('svg.recharts-surface').count()).toBe(6);
    expect(await plots.locator('.recharts-line-curve').count()).toBeGreaterThan(0);
    const values = plots.getByRole('table', { name: 'Values per visit of subject 03-001', exact: true });
    expect(await values.getByRole('row').count()).toBeGreaterThan(2);
    expect(await values.getByRole('row', { name: /^Week 0 \(day 1\)/ }).innerText()).toMatch(/\d/);
    await scrollContentTo(plots);
    await screenshotForDocs(page, 'subject-plots-training-en');

    // Back to the real data: no banner, and the real database has no subjects.
    await page.getByRole('banner').getByRole('button', { name: 'Back to the real data', exact: true }).click();
    await page.getByRole('note', { name: NOTE, exact: true }).waitFor({ state: 'detached' });
    await page.getByText('There is no record of subject', { exact: false }).waitFor();
    await goTo(page, 'en', 'today');
    await showSubjectsOf(page, 'NCT05121870');
    await page.getByText('No subjects of NCT05121870 on this laptop yet.', { exact: false }).waitFor();
    expect(await page.getByText(TITLE_EN).count()).toBe(0);
    expect(await page.getByRole('status', { name: 'Status', exact: true }).innerText()).not.toContain('Training database');
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-training'))).toBe(false);
  });
});
