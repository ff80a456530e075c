/**
 * End-to-end helper: a subject of NCT05985863 enrolled through the UI, as the site would (no write behind
 * the app's back): the site administrator creates an investigator and a research nurse, who signs in,
 * the nurse screens the subject (values and investigator judgements), records the investigator-confirmed
 * "eligible", enrols subject 03-001 with a kit entered by hand, and lands on the subject page.
 */
import type { Page } from 'playwright-core';
import { firstRunAs, switchPerson } from './access-steps';
import type { AppSession } from './harness';

export const INVESTIGATOR = 'Dr Zhang';
export const NURSE = 'Wang Li';
export const SUBJECT_CODE = '03-001';

async function addPeople(page: Page): Promise<void> {
  // The site administrator sets up the laptop and creates both accounts; the nurse signs in.
  await firstRunAs(page, 'en', { name: INVESTIGATOR, role: 'investigator' }, '03');
  await switchPerson(page, 'en', { name: NURSE, role: 'nurse' });
  await page.getByText(`${NURSE} · Research nurse`).waitFor();
}

async function screenEligible(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Subjects', exact: true }).click();
  await page.getByRole('button', { name: 'Screen a new subject in NCT05985863' }).click();
  const values = page.getByRole('group', { name: 'Screening values' });
  const screenedOn = await page.getByRole('textbox', { name: 'Screening date' }).inputValue();
  const type = async (label: string, value: string) => {
    const box = values.getByRole('textbox', { name: label, exact: true });
    await box.fill(value);
    await box.press('Tab');
  };
  const choose = (label: string, option: string) => values.getByRole('combobox', { name: label, exact: true }).selectOption({ label: option });
  await type('Age at consent', '50');
  await type('Total bilirubin', '342');
  await type('International normalised ratio (INR)', '2.2');
  await type('Prothrombin activity (PTA, Quick %)', '30');
  await type('Informed consent date', screenedOn);
  await choose('Hepatic encephalopathy grade (West Haven)', '0 – None');
  await type('Platelet count before the onset of ACLF', '120');
  await type('Child-Pugh score before the onset of ACLF', '7');
  await choose('Previous liver transplantation', 'No');
  await choose('Sex', 'Female');
  await choose('Pregnancy test', 'Negative');
  await choose('Currently breastfeeding', 'No');
  await choose('Has received immunosuppressant or immune-enhancing therapy', 'No');
  const judged = page.getByRole('list', { name: 'Eligibility checklist' }).getByRole('listitem').filter({ has: page.getByRole('radio', { name: 'Yes, it holds' }) });
  for (const item of await judged.all()) {
    const inclusion = (await item.innerText()).trim().startsWith('Inclusion');
    await item.getByRole('radio', { name: inclusion ? 'Yes, it holds' : 'No, it does not hold' }).check();
  }
  await page.getByRole('status').filter({ hasText: /Eligibility:\s*Eligible/ }).waitFor();
  await page.getByRole('combobox', { name: 'Confirmed by (investigator)' }).selectOption({ label: INVESTIGATOR });
  await page.getByRole('button', { name: 'Record: eligible' }).click();
}

async function enrol(page: Page): Promise<void> {
  const form = page.getByRole('form', { name: 'Enrolment' });
  await form.getByRole('radio', { name: 'Enter by hand' }).check();
  await form.getByRole('textbox', { name: 'Kit number' }).fill('K-0042');
  await form.getByRole('button', { name: 'Enrol subject' }).click();
  await page.getByRole('region', { name: 'Visit schedule' }).waitFor();
}

/** From a fresh profile to the subject page of an enrolled subject (English UI). */
export async function enrolSubjectThroughUi(session: AppSession): Promise<Page> {
  const page = await session.goto('/');
  await addPeople(page);
  await screenEligible(page);
  await enrol(page);
  return page;
}

/** From the subject page to one of its visits, by the schedule's link. */
export async function openVisit(page: Page, visitLabel: string): Promise<void> {
  await page.getByRole('table', { name: 'Visit schedule' }).getByRole('link', { name: visitLabel }).click();
  await page.getByRole('navigation', { name: 'Forms of this visit' }).waitFor();
}
