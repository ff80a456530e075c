import { describe, expect, it } from 'vitest';
import { screenshotForDocs, useApp } from './harness';
import { signInAgain } from './access-steps';
import { firstRun, fixClock, goTo, importAllocationList, screenAndEnrol, switchToNewPerson, UI, type Language } from './subjects-steps';

const PEOPLE = {
  en: { manager: { name: 'Chen Jing', role: 'data-manager' }, investigator: { name: 'Dr Zhao', role: 'investigator' }, nurse: { name: 'Wang Li', role: 'nurse' } },
  zh: { manager: { name: '陈静', role: 'data-manager' }, investigator: { name: '赵医生', role: 'investigator' }, nurse: { name: '王丽', role: 'nurse' } },
} as const;

describe('the research nurse: screening and enrolment in real Chromium', () => {
  const app = useApp();

  async function wholeFlow(lang: Language) {
    const ui = UI[lang];
    const people = PEOPLE[lang];
    const session = app();
    await fixClock(session.context);
    const page = await session.goto('/');
    if (lang === 'zh') await page.getByLabel('Language', { exact: true }).selectOption({ label: '简体中文' });

    // The data manager imports the sealed allocation list of site 03.
    await firstRun(page, lang, people.manager, '03');
    await goTo(page, lang, 'subjects');
    await importAllocationList(page, lang);

    // The investigator and the nurse start working on this laptop (a role switch, not a login).
    await switchToNewPerson(page, lang, people.investigator);
    await switchToNewPerson(page, lang, people.nurse);

    await goTo(page, lang, 'subjects');
    await screenAndEnrol(page, lang, people.investigator.name);

    // Subjects: the new subject with its kit (never the arm: the nurse is blinded) and its next visit.
    await goTo(page, lang, 'subjects');
    const table = page.getByRole('table', { name: ui.subjectsTable, exact: true });
    const row = table.getByRole('row').filter({ hasText: '03-001' });
    await row.waitFor();
    const text = await row.innerText();
    expect(text).toContain('K-0301');
    expect(text).not.toMatch(/UC-MSC|msc|脐带间充质干细胞组/);
    await screenshotForDocs(page, `subjects-${lang}`);

    // Today: day 1 is today, so week 0 is open.
    await goTo(page, lang, 'today');
    const due = page.getByRole('list', { name: ui.dueList, exact: true });
    const first = due.getByRole('link').first();
    await first.waitFor();
    expect(await first.innerText()).toContain('03-001');
    expect(await first.innerText()).toContain(ui.open);
    await screenshotForDocs(page, `today-work-${lang}`);

    // The subject survives a restart of the browser.
    await session.reopen();
    await fixClock(session.context);
    const reopened = await session.goto('/');
    await signInAgain(reopened, lang);
    await reopened.getByRole('heading', { level: 1, name: ui.today, exact: true }).waitFor();
    await reopened.getByRole('list', { name: ui.dueList, exact: true }).getByRole('link').first().waitFor();
  }

  it('picks the role, screens and enrols a subject in NCT05985863 with a kit from the allocation list, and sees it on Subjects and Today', async () => {
    await wholeFlow('en');
  });

  it('does the same in Chinese', async () => {
    await wholeFlow('zh');
  });
});
