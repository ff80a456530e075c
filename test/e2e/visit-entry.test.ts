import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshotForDocs, useApp } from './harness';
import { signInAgain } from './access-steps';
import { enrolSubjectThroughUi, NURSE, openVisit } from './nurse-enrol';

const WEEK_0 = 'Week 0 (day 1) – infusion 1';
const routeOf = (page: Page): string => new URL(page.url()).hash.slice(1);

/** Types into the focused field and presses Enter (save, next field), as at the bedside. */
async function typeAndEnter(page: Page, ...values: string[]): Promise<void> {
  for (const value of values) {
    await page.keyboard.type(value);
    await page.keyboard.press('Enter');
  }
}

async function enterWeek0Labs(page: Page): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Forms of this visit' });
  await nav.getByRole('link', { name: /Laboratory tests/ }).click();
  await page.getByRole('textbox', { name: 'Total bilirubin', exact: true }).focus();
  // bilirubin, albumin, INR, PTA, PT, urea, creatinine, sodium, ALT, AST, WBC, platelets: SI units, Enter between.
  await typeAndEnter(page, '342', '28', '2.2', '30', '25', '6', '88.4', '130', '120', '150', '8', '120');
  await nav.getByRole('link', { name: /Clinical assessment/ }).click();
  await page.getByRole('radiogroup', { name: 'Ascites grade' }).getByRole('radio', { name: /^1 – Mild/ }).check();
  await page.getByRole('combobox', { name: 'Hepatic encephalopathy grade (West Haven)', exact: true }).selectOption({ label: '0 – None' });
  await page.getByRole('radiogroup', { name: /Dialysis/ }).getByRole('radio', { name: 'No' }).check();
  await page.getByRole('radiogroup', { name: /Dialysis/ }).getByRole('radio', { name: 'No' }).press('Enter');
}

/** The top of the visit page once every form is saved: what the README shows. */
async function screenshotTop(page: Page, name: string, saved: string, pending: RegExp): Promise<void> {
  await page.getByRole('status').filter({ hasText: saved }).first().waitFor();
  const nav = page.getByRole('navigation', { name: /Forms of this visit|本次访视的表单/ });
  await expect.poll(() => nav.innerText(), { timeout: 10_000 }).not.toMatch(pending);
  await page.locator('main').evaluate((main) => main.scrollTo(0, 0));
  await screenshotForDocs(page, name);
}

async function scoreText(page: Page, name: string): Promise<string> {
  return page.getByRole('region', { name: /Derived scores/ }).getByRole('listitem', { name, exact: true }).innerText();
}

describe('a research nurse entering a visit in real Chromium', () => {
  const app = useApp();

  it('enters week-0 labs in µmol/L by keyboard, sees MELD and Child-Pugh live, completes the form, and finds it all after a reload', async () => {
    const page = await enrolSubjectThroughUi(app());
    await openVisit(page, WEEK_0);
    await enterWeek0Labs(page);

    await expect.poll(() => scoreText(page, 'MELD (OPTN/UNOS)'), { timeout: 10_000 }).toMatch(/\b27\b/);
    const details = await page.getByRole('region', { name: /Derived scores/ }).getByRole('definition').first().innerText();
    expect(details).toContain('Total bilirubin 342 µmol/L');
    expect(details).toContain('Formula: MELD (OPTN/UNOS)');
    expect(await scoreText(page, 'MELD-Na')).toMatch(/\b30\b/);
    const childPugh = await scoreText(page, 'Child-Turcotte-Pugh score');
    expect(childPugh).toMatch(/\b10\b/);
    expect(childPugh).toContain('Class C');

    const nav = page.getByRole('navigation', { name: 'Forms of this visit' });
    await nav.getByRole('link', { name: /Laboratory tests/ }).click();
    await page.getByRole('group', { name: 'Platelet count (PLT)' }).getByText('Saved', { exact: true }).waitFor();
    await screenshotTop(page, 'visit-entry-en', 'All changes saved', /unsaved|saving/);
    await page.getByRole('button', { name: 'Complete form: Laboratory tests (liver panel)' }).click();
    await page.getByText(new RegExp(`^Completed .* by ${NURSE}`)).waitFor();

    await page.reload();
    await signInAgain(page);
    const labs = page.getByRole('navigation', { name: 'Forms of this visit' }).getByRole('link', { name: /Laboratory tests/ });
    await labs.waitFor();
    expect(await labs.innerText()).toContain('Complete');
    expect(await page.getByRole('textbox', { name: 'Total bilirubin', exact: true }).inputValue()).toBe('342');
    expect(await page.getByRole('textbox', { name: 'Serum creatinine', exact: true }).inputValue()).toBe('88.4');
    await expect.poll(() => scoreText(page, 'MELD (OPTN/UNOS)'), { timeout: 10_000 }).toMatch(/\b27\b/);
  });

  it('closing the browser right after a field shows "Saved" keeps the value: it is there after reopening', async () => {
    const session = app();
    const page = await enrolSubjectThroughUi(session);
    await openVisit(page, WEEK_0);
    await page.getByRole('navigation', { name: 'Forms of this visit' }).getByRole('link', { name: /Laboratory tests/ }).click();
    const route = routeOf(page);
    await page.getByRole('textbox', { name: 'Albumin', exact: true }).fill('28');
    await page.getByRole('group', { name: 'Albumin' }).getByText('Saved', { exact: true }).waitFor();

    await session.reopen();
    const reopened = await session.goto(route);
    await signInAgain(reopened);
    const albumin = reopened.getByRole('textbox', { name: 'Albumin', exact: true });
    await albumin.waitFor();
    expect(await albumin.inputValue()).toBe('28');
    expect(await reopened.getByRole('group', { name: 'Albumin' }).getByText('Saved', { exact: true }).count()).toBe(1);
  });

  it('changing a completed value asks for a reason, and the field history shows both values, who and why', async () => {
    const page = await enrolSubjectThroughUi(app());
    await openVisit(page, WEEK_0);
    const date = page.getByRole('textbox', { name: 'Visit date', exact: true });
    await date.fill('2025-03-10');
    await date.press('Enter');
    await page.getByRole('button', { name: 'Complete form: Visit date' }).click();
    await page.getByText(new RegExp(`^Completed .* by ${NURSE}`)).waitFor();

    await date.fill('2025-03-11');
    await date.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Reason for change' });
    expect(await dialog.innerText()).toContain('from “2025-03-10” to “2025-03-11”');
    await dialog.getByRole('combobox', { name: 'Reason for change' }).fill('Transcription error corrected');
    await dialog.getByRole('combobox', { name: 'Reason for change' }).press('Enter');
    await page.getByRole('group', { name: 'Visit date' }).getByText('Saved', { exact: true }).waitFor();

    await date.focus();
    await page.keyboard.press('Alt+H');
    const history = page.getByRole('dialog', { name: /^History: / });
    const rows = history.getByRole('row');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(3);
    const first = await rows.nth(1).innerText();
    const second = await rows.nth(2).innerText();
    expect(first).toContain('2025-03-10');
    expect(first).toContain(`${NURSE} (research nurse)`);
    expect(second).toContain('2025-03-11');
    expect(second).toContain('Transcription error corrected');
    await page.keyboard.press('Escape');
    await history.waitFor({ state: 'detached' });
  });

  it('works the same in Chinese: labels, units, scores and completion', async () => {
    const session = app();
    const page = await enrolSubjectThroughUi(session);
    await openVisit(page, WEEK_0);
    const route = routeOf(page);
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByLabel('Language', { exact: true }).selectOption({ label: '简体中文' });
    await page.getByRole('heading', { level: 1, name: '设置', exact: true }).waitFor();
    await session.goto(`${route}?form=labs`);

    await page.getByRole('textbox', { name: '总胆红素', exact: true }).focus();
    await typeAndEnter(page, '342', '28', '2.2', '30', '25', '6', '88.4', '130', '120', '150', '8', '120');
    const nav = page.getByRole('navigation', { name: '本次访视的表单' });
    await nav.getByRole('link', { name: /临床评估/ }).click();
    await page.getByRole('radiogroup', { name: '腹水分级' }).getByRole('radio', { name: /^1 – 轻度/ }).check();
    await page.getByRole('combobox', { name: '肝性脑病分级（West Haven）', exact: true }).selectOption({ label: '0 – 无' });
    await page.getByRole('radiogroup', { name: /透析/ }).getByRole('radio', { name: '否' }).check();
    const scores = page.getByRole('region', { name: /衍生评分/ });
    await expect.poll(() => scores.getByRole('listitem', { name: 'MELD 评分（OPTN/UNOS）' }).innerText(), { timeout: 10_000 }).toMatch(/\b27\b/);
    expect(await scores.innerText()).toContain('C 级');

    await nav.getByRole('link', { name: /实验室检查/ }).click();
    await page.getByRole('group', { name: '总胆红素' }).getByText('已保存', { exact: true }).waitFor();
    await screenshotTop(page, 'visit-entry-zh', '所有修改均已保存', /未保存|正在保存/);
    await page.getByRole('button', { name: '完成表单：实验室检查（肝功能等）' }).click();
    await page.getByText(new RegExp(`^已于 .* 由 ${NURSE} 完成`)).waitFor();
  });
});
