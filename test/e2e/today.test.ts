import { describe, expect, it } from 'vitest';
import { useApp } from './harness';
import { firstRun, fixClock, goTo, importAllocationList, screenAndEnrol, switchToNewPerson, UI } from './subjects-steps';

describe('Today, by keyboard, in real Chromium', () => {
  const app = useApp();

  it('opens the focused visit with Enter, and a numbered visit with its digit', async () => {
    const session = app();
    await fixClock(session.context);
    const page = await session.goto('/');
    await firstRun(page, 'en', { name: 'Chen Jing', role: 'data-manager' }, '03');
    await goTo(page, 'en', 'subjects');
    await importAllocationList(page, 'en');
    await switchToNewPerson(page, 'en', { name: 'Dr Zhao', role: 'investigator' });
    await switchToNewPerson(page, 'en', { name: 'Wang Li', role: 'nurse' });
    await goTo(page, 'en', 'subjects');
    await screenAndEnrol(page, 'en', 'Dr Zhao');

    await goTo(page, 'en', 'today');
    const due = page.getByRole('list', { name: UI.en.dueList, exact: true });
    const first = due.getByRole('link').first();
    await first.waitFor();
    await page.keyboard.press('1');
    await page.waitForURL(/#\/subjects\/[^/]+\/visits\/w0$/);

    await goTo(page, 'en', 'today');
    await due.getByRole('link').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/subjects\/[^/]+\/visits\/w0$/);
    expect(new URL(page.url()).hash).toMatch(/\/visits\/w0$/);
  });
});
