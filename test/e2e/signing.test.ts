/**
 * Electronic signatures end to end, in real Chromium, acting by role and label: a nurse completes a form;
 * the investigator signs it by re-entering the password (a wrong one signs nothing); the nurse can no longer
 * change it; the investigator unlocks it with a reason and the password; the signature shows as voided and
 * the nurse may change the value again.
 *
 * People enter and switch only through the step helpers (subjects-steps.ts, which sign out and in with
 * access-steps.ts): everyone has the same test password, which the investigator re-enters to sign and unlock.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PASSWORD } from './access-steps';
import { useApp } from './harness';
import { openVisit } from './nurse-enrol';
import { firstRun, fixClock, goTo, importAllocationList, screenAndEnrol, switchTo, switchToNewPerson } from './subjects-steps';

const WEEK_0 = 'Week 0 (day 1) – infusion 1';
const DATA_MANAGER = { name: 'Chen Jing', role: 'data-manager' };
const INVESTIGATOR = { name: 'Dr Zhao', role: 'investigator' };
const NURSE = { name: 'Wang Li', role: 'nurse' };

const visitDate = (page: Page) => page.getByRole('textbox', { name: 'Visit date', exact: true });

describe('an investigator signs, locks and unlocks a form in real Chromium', () => {
  const app = useApp();

  it('signs a completed form with the password; the nurse cannot change it; unlocking with a reason voids the signature', async () => {
    const session = app();
    await fixClock(session.context);
    const page = await session.goto('/');
    await firstRun(page, 'en', DATA_MANAGER, '03');
    await goTo(page, 'en', 'subjects');
    await importAllocationList(page, 'en');
    await switchToNewPerson(page, 'en', INVESTIGATOR);
    await switchToNewPerson(page, 'en', NURSE);
    await goTo(page, 'en', 'subjects');
    await screenAndEnrol(page, 'en', INVESTIGATOR.name);

    // The nurse completes the visit-date form.
    await openVisit(page, WEEK_0);
    await visitDate(page).fill('2025-03-10');
    await visitDate(page).press('Enter');
    await page.getByRole('button', { name: 'Complete form: Visit date' }).click();
    await page.getByText(/^Completed .* by Wang Li/).waitFor();
    expect(await page.getByRole('button', { name: 'Sign…', exact: true }).count()).toBe(0);

    // The investigator signs: a wrong password signs nothing, the right one signs.
    await switchTo(page, 'en', /Dr Zhao/);
    await page.getByRole('button', { name: 'Sign…', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Sign electronically' });
    expect(await dialog.innerText()).toContain('You are signing the form “Visit date” of Week 0 (day 1) – infusion 1.');
    expect(await dialog.getByRole('textbox', { name: 'Printed name' }).inputValue()).toBe('Dr Zhao');
    expect(await dialog.getByRole('radio', { name: 'I approve these data as accurate and complete' }).isChecked()).toBe(true);
    await dialog.getByLabel('Your password', { exact: true }).fill('not my password');
    await dialog.getByRole('button', { name: 'Sign', exact: true }).click();
    await dialog.getByRole('alert').filter({ hasText: 'The password is not correct. Nothing was signed or changed.' }).waitFor();
    expect(await page.getByText(/^Signed by /).count()).toBe(0);
    await dialog.getByLabel('Your password', { exact: true }).fill(PASSWORD);
    await dialog.getByRole('button', { name: 'Sign', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(/^Signed by Dr Zhao, 2025-03-10 09:00:\d\d: “I approve these data as accurate and complete” \(form signature\)\.$/).waitFor();

    // The nurse sees the lock: the value is read-only, described by the lock notice.
    await switchTo(page, 'en', /Wang Li/);
    await page.getByText('Locked by the signature of Dr Zhao (form): the values cannot be changed until an investigator unlocks it.').waitFor();
    expect(await visitDate(page).isEditable()).toBe(false);
    expect(await visitDate(page).inputValue()).toBe('2025-03-10');
    expect(await page.getByRole('button', { name: /Unlock/ }).count()).toBe(0);

    // The investigator unlocks with a reason and the password.
    await switchTo(page, 'en', /Dr Zhao/);
    await page.getByRole('button', { name: 'Unlock…', exact: true }).click();
    const unlock = page.getByRole('dialog', { name: 'Unlock signed data' });
    await unlock.getByLabel('Your password', { exact: true }).fill(PASSWORD);
    await unlock.getByRole('button', { name: 'Void the signature and unlock' }).click();
    await unlock.getByText('Give the reason for unlocking.').waitFor();
    await unlock.getByLabel('Reason for unlocking', { exact: true }).fill('Visit date to correct from the ward log');
    await unlock.getByLabel('Your password', { exact: true }).fill(PASSWORD);
    await unlock.getByRole('button', { name: 'Void the signature and unlock' }).click();
    await unlock.waitFor({ state: 'detached' });
    await page.getByText(/^Signature of Dr Zhao \(.*“I approve these data as accurate and complete”\) voided by Dr Zhao, .*: Visit date to correct from the ward log$/).waitFor();
    expect(await page.getByText(/^Signed by /).count()).toBe(0);

    // Unlocked: the nurse may change the value again (the form is complete, so with a reason for change).
    await switchTo(page, 'en', /Wang Li/);
    await expect.poll(() => visitDate(page).isEditable(), { timeout: 10_000 }).toBe(true);
    await page.getByText(/voided by Dr Zhao/).waitFor();
  });
});
