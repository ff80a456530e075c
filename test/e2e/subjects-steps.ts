/**
 * Steps of the nurse's end-to-end tests, acting by role and label in English or Chinese. Shared by
 * subjects*.test.ts and today*.test.ts.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { firstRunAs, knownPerson, switchPerson } from './access-steps';

export type Language = 'en' | 'zh';

/** Every UI text the steps use, in both languages (catalogue labels as the seeds define them). */
export const UI = {
  en: {
    who: 'Who is using this laptop?',
    name: 'Your name',
    role: 'Role',
    site: 'Site number',
    start: 'Start',
    nav: 'Main',
    subjects: 'Subjects',
    today: 'Today',
    importList: 'Import an allocation list…',
    imported: /Imported list L-S1-03 with 4 entries/,
    switch: 'Switch person or role',
    addPerson: 'Add a person',
    addAndSwitch: 'Add and switch',
    screenNew: 'Screen a new subject in NCT05985863',
    values: {
      age: 'Age at consent',
      bilirubin: 'Total bilirubin',
      inr: 'International normalised ratio (INR)',
      consent: 'Informed consent date',
      he: 'Hepatic encephalopathy grade (West Haven)',
      platelets: 'Platelet count before the onset of ACLF',
      childPugh: 'Child-Pugh score before the onset of ACLF',
      transplant: 'Previous liver transplantation',
      sex: 'Sex',
      pregnancy: 'Pregnancy test',
      breastfeeding: 'Currently breastfeeding',
      immuno: 'Has received immunosuppressant or immune-enhancing therapy',
    },
    checklist: 'Eligibility checklist',
    judgement: /^Investigator judgement/,
    inclusion: 'Inclusion',
    holds: 'Yes, it holds',
    doesNotHold: 'No, it does not hold',
    confirmedBy: 'Confirmed by (investigator)',
    recordEligible: 'Record: eligible',
    enrolment: 'Enrolment',
    nextKit: 'kit K-0301 (list L-S1-03)',
    enrol: 'Enrol subject',
    subjectHeading: 'Subject 03-001',
    summary: 'Summary',
    kit: 'Kit K-0301',
    subjectsTable: 'Subjects in NCT05985863',
    dueList: 'Visits open or overdue',
    visit0: /Week 0/,
    open: 'Open',
  },
  zh: {
    who: '谁在使用这台电脑？',
    name: '您的姓名',
    role: '角色',
    site: '中心编号',
    start: '开始',
    nav: '主导航',
    subjects: '受试者',
    today: '今日',
    importList: '导入随机分配表…',
    imported: /已导入分配表 L-S1-03，共 4 个条目/,
    switch: '切换人员或角色',
    addPerson: '添加人员',
    addAndSwitch: '添加并切换',
    screenNew: '在 NCT05985863 中筛选新受试者',
    values: {
      age: '签署知情同意时年龄',
      bilirubin: '总胆红素',
      inr: '国际标准化比值（INR）',
      consent: '知情同意签署日期',
      he: '肝性脑病分级（West Haven）',
      platelets: '慢加急性肝衰竭发病前血小板计数',
      childPugh: '慢加急性肝衰竭发病前 Child-Pugh 评分',
      transplant: '既往肝移植史',
      sex: '性别',
      pregnancy: '妊娠试验',
      breastfeeding: '目前处于哺乳期',
      immuno: '曾使用免疫抑制剂或免疫增强剂',
    },
    checklist: '入选/排除标准核对表',
    judgement: /^研究者判断/,
    inclusion: '入选标准',
    holds: '是，适用',
    doesNotHold: '否，不适用',
    confirmedBy: '确认人（研究者）',
    recordEligible: '记录：符合入选',
    enrolment: '入组',
    nextKit: '药物编号 K-0301（分配表 L-S1-03）',
    enrol: '办理入组',
    subjectHeading: '受试者 03-001',
    summary: '概要',
    kit: '药物编号 K-0301',
    subjectsTable: 'NCT05985863 的受试者',
    dueList: '窗口期内或已超窗的访视',
    visit0: /第 ?0 ?周|W0|Week 0/,
    open: '窗口期内',
  },
} as const;

/** The day the tests run on, fixed so windows and screenshots are the same on every run. */
export const TODAY = new Date(2025, 2, 10, 9, 0, 0);

export async function fixClock(context: BrowserContext): Promise<void> {
  await context.clock.setFixedTime(TODAY);
}

/** A sealed stage-1 list of NCT05985863 for site 03 (CSV, as a sponsor would send it). */
export const STAGE1_LIST = [
  'list_id,protocol,stage,site,sequence,kit,arm',
  'L-S1-03,NCT05985863,1,03,1,K-0301,msc',
  'L-S1-03,NCT05985863,1,03,2,K-0302,control',
  'L-S1-03,NCT05985863,1,03,3,K-0303,msc',
  'L-S1-03,NCT05985863,1,04,1,K-0401,msc',
].join('\n');

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true }).waitFor();

/**
 * The first run: the site is set up by its administrator (recovery key acknowledged), who creates the
 * person's account; the person signs in and lands on Today (the language chosen before is kept).
 */
export async function firstRun(page: Page, lang: Language, person: { name: string; role: string }, site: string): Promise<void> {
  await firstRunAs(page, lang, person, site);
  await heading(page, UI[lang].today);
}

/** Works as a new person: sign out, the administrator creates their account, they sign in (same page). */
export async function switchToNewPerson(page: Page, lang: Language, person: { name: string; role: string }): Promise<void> {
  await switchPerson(page, lang, person);
}

export async function goTo(page: Page, lang: Language, link: 'subjects' | 'today'): Promise<void> {
  const ui = UI[lang];
  await page.getByRole('navigation', { name: ui.nav, exact: true }).getByRole('link', { name: ui[link], exact: true }).click();
  await heading(page, ui[link]);
}

/** As a data manager on Subjects: imports the sealed list through the file picker. */
export async function importAllocationList(page: Page, lang: Language): Promise<void> {
  const ui = UI[lang];
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: ui.importList, exact: true }).click();
  await (await chooser).setFiles({ name: 'L-S1-03.csv', mimeType: 'text/csv', buffer: Buffer.from(STAGE1_LIST, 'utf8') });
  await page.getByText(ui.imported).waitFor();
}

/** As the nurse: screens a new subject, confirms the judgements with the investigator, enrols with the next kit. */
export async function screenAndEnrol(page: Page, lang: Language, investigator: string): Promise<void> {
  const ui = UI[lang];
  const v = ui.values;
  await page.getByRole('button', { name: ui.screenNew, exact: true }).click();
  await page.getByRole('list', { name: ui.checklist, exact: true }).waitFor();
  await page.getByLabel(v.age, { exact: true }).fill('45');
  await page.getByLabel(v.bilirubin, { exact: true }).fill('150');
  await page.getByLabel(v.inr, { exact: true }).fill('2.1');
  await page.getByLabel(v.consent, { exact: true }).fill('2025-03-01');
  await page.getByLabel(v.he, { exact: true }).selectOption('1');
  await page.getByLabel(v.platelets, { exact: true }).fill('120');
  await page.getByLabel(v.childPugh, { exact: true }).fill('7');
  await page.getByLabel(v.transplant, { exact: true }).selectOption('false');
  await page.getByLabel(v.sex, { exact: true }).selectOption('F');
  await page.getByLabel(v.pregnancy, { exact: true }).selectOption('NEGATIVE');
  await page.getByLabel(v.breastfeeding, { exact: true }).selectOption('false');
  await page.getByLabel(v.immuno, { exact: true }).selectOption('false');
  await page.getByLabel(v.age, { exact: true }).focus();

  const groups = page.getByRole('group', { name: ui.judgement });
  const count = await groups.count();
  for (let i = 0; i < count; i += 1) {
    const group = groups.nth(i);
    const item = group.locator('xpath=ancestor::li[1]');
    const inclusion = (await item.innerText()).startsWith(ui.inclusion);
    await group.getByRole('radio', { name: inclusion ? ui.holds : ui.doesNotHold, exact: true }).check();
  }
  await page.getByLabel(ui.confirmedBy, { exact: true }).selectOption({ label: investigator });
  await page.getByRole('button', { name: ui.recordEligible, exact: true }).click();

  const enrolment = page.getByRole('form', { name: ui.enrolment, exact: true });
  await enrolment.getByText(ui.nextKit, { exact: true }).waitFor();
  await enrolment.getByRole('button', { name: ui.enrol, exact: true }).click();
  await heading(page, ui.subjectHeading);
  await page.getByRole('region', { name: ui.summary, exact: true }).getByText(ui.kit, { exact: true }).waitFor();
}

/** Works as someone who already has an account on this laptop (`who`: their name as the old switch listed it): sign out and in. */
export async function switchTo(page: Page, lang: Language, who: RegExp): Promise<void> {
  const name = knownPerson(page, who);
  if (name === undefined) throw new Error(`nobody matching ${String(who)} has an account on this page`);
  await switchPerson(page, lang, { name });
}
