import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useApp } from './harness';
import { enrolSubjectThroughUi, NURSE, openVisit, SUBJECT_CODE } from './nurse-enrol';

const WEEK_0 = 'Week 0 (day 1) – infusion 1';
const LABS = 'Laboratory tests (liver panel)';

interface PrintRecord {
  readonly title: string;
  readonly runningHeader: string;
}

/** Replaces window.print in every document of the session by a recorder: no real dialog, only what the page did. */
function recordPrints(): void {
  const calls: PrintRecord[] = [];
  Object.defineProperty(window, '__casebookPrints', { value: calls });
  window.print = () => {
    calls.push({ title: document.title, runningHeader: getComputedStyle(document.documentElement).getPropertyValue('--casebook-running-header') });
  };
}

const printsOf = (page: Page): Promise<PrintRecord[]> => page.evaluate(() => (window as unknown as { __casebookPrints: PrintRecord[] }).__casebookPrints);

describe('the printable casebook in real Chromium', () => {
  const app = useApp();

  it('shows a value entered through the UI, lays out A4 pages per visit, and prints through window.print', async () => {
    const session = app();
    await session.context.addInitScript(recordPrints);
    const page = await enrolSubjectThroughUi(session);
    await openVisit(page, WEEK_0);
    await page.getByRole('navigation', { name: 'Forms of this visit' }).getByRole('link', { name: /Laboratory tests/ }).click();
    const bilirubin = page.getByRole('textbox', { name: 'Total bilirubin', exact: true });
    await bilirubin.fill('342');
    await bilirubin.press('Enter');
    await page.getByRole('group', { name: 'Total bilirubin' }).getByText('Saved', { exact: true }).waitFor();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Subjects', exact: true }).click();
    await page.getByRole('table', { name: 'Subjects in NCT05985863' }).getByRole('link', { name: SUBJECT_CODE }).click();
    await page.getByRole('link', { name: 'Casebook (print or save as PDF)' }).click();
    await page.getByRole('heading', { level: 1, name: `Casebook of subject ${SUBJECT_CODE}` }).waitFor();

    const week0 = page.getByRole('region', { name: WEEK_0, exact: true });
    const labs = week0.getByRole('region', { name: LABS, exact: true });
    const row = labs.getByRole('table', { name: `${LABS}: items` }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Total bilirubin', exact: true }) });
    expect(await row.getByRole('cell').allInnerTexts()).toEqual(['342 µmol/L', '342 µmol/L', '—', '—']);
    expect(await page.getByRole('region', { name: 'Subject', exact: true }).innerText()).toContain('K-0042');
    expect(await page.getByRole('region', { name: 'Audit summary', exact: true }).innerText()).toContain(`${NURSE} (research nurse)`);

    // Print layout: the app's frame is hidden, every visit starts a page, the running header names the subject.
    await page.emulateMedia({ media: 'print' });
    const layout = await page.evaluate(() => ({
      header: getComputedStyle(document.querySelector('.app-header') ?? document.body).display,
      nav: getComputedStyle(document.querySelector('.main-nav') ?? document.body).display,
      printButton: getComputedStyle(document.querySelector('.casebook-toolbar') ?? document.body).display,
      visitBreaks: [...document.querySelectorAll('.casebook-visit')].map((v) => getComputedStyle(v).breakBefore),
      runningHeader: getComputedStyle(document.documentElement).getPropertyValue('--casebook-running-header'),
    }));
    expect(layout.header).toBe('none');
    expect(layout.nav).toBe('none');
    expect(layout.printButton).toBe('none');
    expect(layout.visitBreaks.length).toBeGreaterThan(5);
    expect(new Set(layout.visitBreaks)).toEqual(new Set(['page']));
    expect(layout.runningHeader).toBe(`"Casebook ${SUBJECT_CODE} · NCT05985863 v0.1"`);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
    // One page at least per visit, plus the subject and history, queries, signatures and the audit summary.
    expect(pages).toBeGreaterThanOrEqual(layout.visitBreaks.length + 4);
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('button', { name: 'Print / save as PDF' }).click();
    await page.getByRole('status').filter({ hasText: 'otherwise nothing was saved' }).waitFor();
    const prints = await printsOf(page);
    expect(prints).toHaveLength(1);
    expect(prints[0]?.title).toMatch(new RegExp(`^casebook-${SUBJECT_CODE}-\\d{4}-\\d{2}-\\d{2}$`));
    expect(await page.title()).toBe(`Casebook · Bedside eCRF`);
  });
});
