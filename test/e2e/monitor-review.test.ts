/**
 * The monitor's review end to end, in real Chromium, as the people at the laptop would act (by role and
 * label, English and Chinese): a nurse enrols a subject, enters week-0 labs with albumin mistyped (2.8 g/L,
 * impossible), answers "None to report" on the adverse-event log and leaves the medication log empty; two
 * days later a monitor finds the empty log missing and albumin impossible on the review, opens the visit
 * (the field is marked), raises a query on albumin; the nurse sees it in Today and on the field, answers it
 * and corrects the value with a reason; the monitor closes the query, reads the field's history (original
 * value, query and its text, answer, corrected value with reason and who, closing) and verifies the form;
 * the nurse changes a value and the verification is cleared, visibly.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshotForDocs, useApp } from './harness';
import { firstRun, fixClock, goTo, importAllocationList, screenAndEnrol, switchTo as switchPersonByName, switchToNewPerson, UI as STEPS, type Language } from './subjects-steps';

/** The review's day: week 0 (day 1 = 2025-03-10, no window) is due, week 1 (day 8 ± 1) not yet. */
const REVIEW_DAY = new Date(2025, 2, 12, 9, 0, 0);

const UI = {
  en: {
    visit0: 'Week 0 (day 1) – infusion 1',
    nav: 'Forms of this visit',
    labs: /^Laboratory tests/,
    labsTitle: 'Laboratory tests (liver panel)',
    bilirubin: 'Total bilirubin',
    albumin: 'Albumin',
    saved: 'Saved',
    allSaved: 'All changes saved',
    review: 'Review',
    grid: 'Review of NCT05985863: subjects by visit',
    cell: /^03-001, Week 0 \(day 1\) – infusion 1: In progress; Impossible value; 1 impossible value, 1 missing value, /,
    findings: 'Findings',
    albuminImpossible: 'Albumin: 2.8 g/L is outside the possible range 5–70 g/L.',
    conmedsMissing: 'Concomitant medications: no entries, and “None to report” not answered.',
    aeMissing: 'Adverse events: no entries, and “None to report” not answered.',
    kind: 'Kind',
    impossible: 'Impossible value',
    missing: 'Missing value',
    anyKind: 'Any kind',
    adverseEvents: /^Adverse events/,
    noneToReport: 'None to report: no Adverse events at this visit',
    findingsRegion: /^Review: \d+ findings on this visit$/,
    goToAlbumin: 'Go to Albumin',
    reviewNote: 'Review: Albumin: 2.8 g/L is outside the possible range 5–70 g/L.',
    raiseOn: (label: string) => `Raise a query on ${label}`,
    queriesOn: (label: string, states: string) => `Queries on ${label}: ${states}`,
    queriesTitle: (label: string) => `Queries: ${label}`,
    newQuery: 'New query: what should the site check?',
    raise: 'Raise query',
    raised: /^Query raised/,
    close: 'Close',
    queryText: 'Albumin 2.8 g/L is impossible: please check the lab report.',
    openQueries: 'Open queries',
    message: 'Your message on Query 1',
    sendAnswer: 'Send answer',
    answerSent: 'Answer sent.',
    answer: 'Mistyped: 28 g/L on the lab report of 10 March.',
    reasonDialog: 'Reason for change',
    reason: 'Value from the lab report',
    complete: 'Complete form: Laboratory tests (liver panel)',
    completed: /^Completed .* by Wang Li/,
    closeQuery: 'Close query',
    closed: 'Query closed.',
    historyOf: 'History of Albumin',
    history: (label: string) => `History: ${label}`,
    trail: [
      ['2.8', 'Wang Li (research nurse)'],
      ['Query 1 raised: “Albumin 2.8 g/L is impossible: please check the lab report.”', 'Li Na (monitor)'],
      ['Query 1 answered: “Mistyped: 28 g/L on the lab report of 10 March.”', 'Wang Li (research nurse)'],
      ['28', 'Value from the lab report', 'Wang Li (research nurse)'],
      ['Query 1 closed', 'Li Na (monitor)'],
    ],
    verifyAll: 'Verify all values: Laboratory tests (liver panel)',
    allVerified: /^Source-data verification: (\d+) of \1 values verified\.$/,
    verifiedNav: 'Complete · Verified',
    correction: 'Transcription error corrected',
    cleared: /^Verification cleared by change on 2025-03-12 09:00:00 by Wang Li \(research nurse\); it had been verified by Li Na on 2025-03-12 09:00:00\.$/,
    readOnly: /Values are read-only for you\. A monitor may not change a value/,
    open: '1 open',
    answered: '1 answered',
    nurse: /^Wang Li \(/,
    monitor: /^Li Na \(/,
  },
  zh: {
    visit0: '第 0 周（第 1 天）– 第 1 次输注',
    nav: '本次访视的表单',
    labs: /^实验室检查/,
    labsTitle: '实验室检查（肝功能等）',
    bilirubin: '总胆红素',
    albumin: '白蛋白',
    saved: '已保存',
    allSaved: '所有修改均已保存',
    review: '数据核查',
    grid: 'NCT05985863 的核查：受试者 × 访视',
    cell: /^03-001，第 0 周（第 1 天）– 第 1 次输注：填写中；不可能的数值；1 个不可能的数值、1 个缺失值、/,
    findings: '发现的问题',
    albuminImpossible: '白蛋白：2.8 g/L 超出可能范围 5–70 g/L。',
    conmedsMissing: '合并用药：没有记录，且未选择“无可报告”。',
    aeMissing: '不良事件：没有记录，且未选择“无可报告”。',
    kind: '类别',
    impossible: '不可能的数值',
    missing: '缺失值',
    anyKind: '任意类别',
    adverseEvents: /^不良事件/,
    noneToReport: '无可报告：本次访视无不良事件',
    findingsRegion: /^核查：本访视有 \d+ 个问题$/,
    goToAlbumin: '转到白蛋白',
    reviewNote: '核查：白蛋白：2.8 g/L 超出可能范围 5–70 g/L。',
    raiseOn: (label: string) => `对${label}发起质疑`,
    queriesOn: (label: string, states: string) => `${label}的质疑：${states}`,
    queriesTitle: (label: string) => `质疑：${label}`,
    newQuery: '新质疑：需要研究中心核实什么？',
    raise: '发起质疑',
    raised: /^质疑已发起/,
    close: '关闭',
    queryText: '白蛋白 2.8 g/L 不可能：请核对化验单。',
    openQueries: '未解决的质疑',
    message: '您对质疑 1的留言',
    sendAnswer: '发送回复',
    answerSent: '回复已发送。',
    answer: '录入错误：3 月 10 日化验单为 28 g/L。',
    reasonDialog: '修改原因',
    reason: '根据化验单填写',
    complete: '完成表单：实验室检查（肝功能等）',
    completed: /^已于 .* 由 Wang Li 完成/,
    closeQuery: '关闭质疑',
    closed: '质疑已关闭。',
    historyOf: '白蛋白的修改记录',
    history: (label: string) => `修改记录：${label}`,
    trail: [
      ['2.8', 'Wang Li（研究护士）'],
      ['质疑 1已发起：“白蛋白 2.8 g/L 不可能：请核对化验单。”', 'Li Na（监查员）'],
      ['质疑 1已回复：“录入错误：3 月 10 日化验单为 28 g/L。”', 'Wang Li（研究护士）'],
      ['28', '根据化验单填写', 'Wang Li（研究护士）'],
      ['质疑 1已关闭', 'Li Na（监查员）'],
    ],
    verifyAll: '核查全部数值：实验室检查（肝功能等）',
    allVerified: /^源数据核查：(\d+) 个数值中已核查 \1 个。$/,
    verifiedNav: '已完成 · 已核查',
    correction: '更正抄录错误',
    cleared: /^核查已因 Wang Li（研究护士）于 2025-03-12 09:00:00 的修改而清除；此前由 Li Na 于 2025-03-12 09:00:00 核查。$/,
    readOnly: /这些数值对您只读。监查员无权修改数值/,
    open: '1 个待回复',
    answered: '1 个已回复',
    nurse: /^Wang Li（/,
    monitor: /^Li Na（/,
  },
} as const;

/** Types into the focused field and presses Enter (save, next field); '' just moves on. */
async function typeAndEnter(page: Page, ...values: string[]): Promise<void> {
  for (const value of values) {
    if (value !== '') await page.keyboard.type(value);
    await page.keyboard.press('Enter');
  }
}

/** Works as someone who already has an account on this laptop: sign out and in (subjects-steps). */
async function switchTo(page: Page, lang: Language, who: RegExp): Promise<void> {
  await switchPersonByName(page, lang, who);
}

const albuminLabel = (lang: Language) => `${UI[lang].labsTitle} – ${UI[lang].albumin}`;

async function monitorReview(page: Page, lang: Language, screenshot: string): Promise<void> {
  const ui = UI[lang];
  const steps = STEPS[lang];
  const context = page.context();
  if (lang === 'zh') await page.getByLabel('Language', { exact: true }).selectOption({ label: '简体中文' });

  // The nurse: enrolment (with the data manager's allocation list and the investigator's confirmation).
  await firstRun(page, lang, { name: 'Chen Jing', role: 'data-manager' }, '03');
  await goTo(page, lang, 'subjects');
  await importAllocationList(page, lang);
  await switchToNewPerson(page, lang, { name: 'Dr Zhao', role: 'investigator' });
  await switchToNewPerson(page, lang, { name: 'Wang Li', role: 'nurse' });
  await goTo(page, lang, 'subjects');
  await screenAndEnrol(page, lang, 'Dr Zhao');

  // Week-0 labs, albumin mistyped 2.8 (g/L): impossible, but kept and flagged.
  await page.getByRole('link', { name: ui.visit0, exact: true }).click();
  const nav = page.getByRole('navigation', { name: ui.nav, exact: true });
  await nav.getByRole('link', { name: ui.labs }).click();
  await page.getByRole('textbox', { name: ui.bilirubin, exact: true }).focus();
  await typeAndEnter(page, '342', '2.8', '2.2', '30', '25', '6', '88.4', '130', '120', '150', '8', '120');
  await page.getByRole('status').filter({ hasText: ui.allSaved }).first().waitFor();
  // No adverse event: "None to report". The medication log is left empty, unanswered.
  await nav.getByRole('link', { name: ui.adverseEvents }).click();
  const none = page.getByRole('checkbox', { name: ui.noneToReport, exact: true });
  await none.check();
  await expect.poll(() => none.isChecked(), { timeout: 10_000 }).toBe(true);
  await nav.getByRole('link', { name: ui.labs }).click();

  // Two days later the monitor reviews.
  await context.clock.setFixedTime(REVIEW_DAY);
  await switchToNewPerson(page, lang, { name: 'Li Na', role: 'monitor' });
  await page.getByRole('navigation', { name: steps.nav, exact: true }).getByRole('link', { name: ui.review, exact: true }).click();
  const grid = page.getByRole('grid', { name: ui.grid, exact: true });
  const cell = grid.getByRole('gridcell', { name: ui.cell });
  await cell.waitFor();
  // The findings (a long list, drawn as it scrolls: narrowed by kind): albumin impossible; the medication
  // log missing, at screening and week 0; the adverse-event log answered, so not missing.
  const list = page.getByRole('region', { name: ui.findings, exact: true });
  await list.getByLabel(ui.kind, { exact: true }).selectOption({ label: ui.impossible });
  await list.getByText(ui.albuminImpossible, { exact: true }).waitFor();
  await list.getByLabel(ui.kind, { exact: true }).selectOption({ label: ui.missing });
  await list.getByText(ui.conmedsMissing, { exact: true }).first().waitFor();
  expect(await list.getByText(ui.conmedsMissing, { exact: true }).count()).toBe(2);
  expect(await list.getByText(ui.aeMissing, { exact: true }).count()).toBe(0);
  await list.getByLabel(ui.kind, { exact: true }).selectOption({ label: ui.anyKind });
  await page.locator('main').evaluate((main) => main.scrollTo(0, 0));
  await screenshotForDocs(page, screenshot);

  // Enter on the cell: the visit, its findings listed and marked.
  await cell.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/review=1/);
  const findings = page.getByRole('region', { name: ui.findingsRegion });
  await findings.getByText(ui.albuminImpossible, { exact: true }).waitFor();
  await findings.getByText(ui.conmedsMissing, { exact: true }).waitFor();
  await findings.getByRole('link', { name: ui.goToAlbumin, exact: true }).click();
  const albumin = page.getByRole('textbox', { name: ui.albumin, exact: true });
  await expect.poll(() => albumin.evaluate((el) => el === document.activeElement), { timeout: 10_000 }).toBe(true);
  const albuminRow = page.getByRole('group', { name: ui.albumin, exact: true });
  await albuminRow.getByText(ui.reviewNote, { exact: true }).waitFor();
  expect(await albumin.getAttribute('readonly')).not.toBeNull();
  await page.getByText(ui.readOnly).first().waitFor();

  // The monitor raises a query on the field.
  await albuminRow.getByRole('button', { name: ui.raiseOn(albuminLabel(lang)), exact: true }).click();
  let dialog = page.getByRole('dialog', { name: ui.queriesTitle(albuminLabel(lang)), exact: true });
  await dialog.getByRole('textbox', { name: ui.newQuery, exact: true }).fill(ui.queryText);
  await dialog.getByRole('button', { name: ui.raise, exact: true }).click();
  await dialog.getByText(ui.raised).waitFor();
  await dialog.getByRole('button', { name: ui.close, exact: true }).click();
  await albuminRow.getByRole('button', { name: ui.queriesOn(albuminLabel(lang), ui.open), exact: true }).waitFor();
  await albuminRow.scrollIntoViewIfNeeded();
  await screenshotForDocs(page, `${screenshot}-visit`);

  // The nurse: Today lists the query; it opens the field with its thread.
  await switchTo(page, lang, ui.nurse);
  await goTo(page, lang, 'today');
  await page.getByRole('list', { name: ui.openQueries, exact: true }).getByRole('link', { name: new RegExp(ui.queryText) }).click();
  dialog = page.getByRole('dialog', { name: ui.queriesTitle(albuminLabel(lang)), exact: true });
  await dialog.getByRole('textbox', { name: ui.message, exact: true }).fill(ui.answer);
  await dialog.getByRole('button', { name: ui.sendAnswer, exact: true }).click();
  await dialog.getByText(ui.answerSent, { exact: true }).waitFor();
  await dialog.getByRole('button', { name: ui.close, exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  // The field says so too.
  await page.getByRole('group', { name: ui.albumin, exact: true }).getByRole('button', { name: ui.queriesOn(albuminLabel(lang), ui.answered), exact: true }).waitFor();
  // …and corrects the value: the field is under query, so the change asks for a reason.
  const editable = page.getByRole('textbox', { name: ui.albumin, exact: true });
  await editable.fill('28');
  await editable.press('Enter');
  const reason = page.getByRole('dialog', { name: ui.reasonDialog, exact: true });
  await reason.getByRole('combobox', { name: ui.reasonDialog, exact: true }).fill(ui.reason);
  await reason.getByRole('combobox', { name: ui.reasonDialog, exact: true }).press('Enter');
  await page.getByRole('group', { name: ui.albumin, exact: true }).getByText(ui.saved, { exact: true }).waitFor();
  await page.getByRole('button', { name: ui.complete, exact: true }).click();
  await page.getByText(ui.completed).waitFor();
  // Leaves the page Today opened (whose link re-opens the query's thread when the page is drawn again).
  await nav.getByRole('link', { name: ui.labs }).click();

  // The monitor closes the query and verifies the form.
  await switchTo(page, lang, ui.monitor);
  const answered = page.getByRole('button', { name: ui.queriesOn(albuminLabel(lang), ui.answered), exact: true });
  await answered.click();
  dialog = page.getByRole('dialog', { name: ui.queriesTitle(albuminLabel(lang)), exact: true });
  await dialog.getByRole('button', { name: ui.closeQuery, exact: true }).click();
  await dialog.getByText(ui.closed, { exact: true }).waitFor();
  await dialog.getByRole('button', { name: ui.close, exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  // The field's history tells the whole round trip, oldest first.
  await page.getByRole('group', { name: ui.albumin, exact: true }).getByRole('button', { name: ui.historyOf, exact: true }).click();
  const history = page.getByRole('dialog', { name: ui.history(albuminLabel(lang)), exact: true });
  const lines = history.getByRole('row');
  await expect.poll(() => lines.count(), { timeout: 10_000 }).toBe(ui.trail.length + 1);
  const texts = (await lines.allInnerTexts()).slice(1);
  ui.trail.forEach((parts, i) => {
    for (const part of parts) expect(texts[i]).toContain(part);
  });
  expect(texts[0]).not.toContain('28 ');
  await history.getByRole('button', { name: ui.close, exact: true }).click();
  await history.waitFor({ state: 'detached' });
  await page.getByRole('button', { name: ui.verifyAll, exact: true }).click();
  await page.getByText(ui.allVerified).waitFor();
  await expect.poll(() => nav.getByRole('link', { name: ui.labs }).innerText(), { timeout: 10_000 }).toContain(ui.verifiedNav);

  // The nurse corrects a value: the verification of that value is cleared, and says so.
  await switchTo(page, lang, ui.nurse);
  const bilirubin = page.getByRole('textbox', { name: ui.bilirubin, exact: true });
  await bilirubin.fill('350');
  await bilirubin.press('Enter');
  await reason.getByRole('combobox', { name: ui.reasonDialog, exact: true }).fill(ui.correction);
  await reason.getByRole('combobox', { name: ui.reasonDialog, exact: true }).press('Enter');
  const bilirubinRow = page.getByRole('group', { name: ui.bilirubin, exact: true });
  await bilirubinRow.getByText(ui.cleared).waitFor();
  await expect.poll(() => nav.getByRole('link', { name: ui.labs }).innerText(), { timeout: 10_000 }).not.toContain(ui.verifiedNav);
}

describe('the monitor’s review in real Chromium', () => {
  const app = useApp();

  it('finds an impossible value and an unanswered log, queries the value, sees it answered and corrected, reads the round trip in the field’s history, verifies the form, and sees a later change clear the verification', async () => {
    const session = app();
    await fixClock(session.context);
    const page = await session.goto('/');
    await monitorReview(page, 'en', 'review-en');
  });

  it('does the same in Chinese', async () => {
    const session = app();
    await fixClock(session.context);
    const page = await session.goto('/');
    await monitorReview(page, 'zh', 'review-zh');
  });
});
