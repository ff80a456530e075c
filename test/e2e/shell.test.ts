import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshotForDocs, useApp } from './harness';
import { signInAgain } from './access-steps';
import { firstRun } from './subjects-steps';

/** A fresh profile first asks who is using the laptop; the shell tests work as a nurse. */
const NURSE = { name: 'Li Na', role: 'nurse' } as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Waits for the page's level-1 heading to read exactly `name`. */
async function pageHeading(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
}

const NAV = {
  en: [
    ['Subjects', 'Subjects', '#/subjects'],
    ['Review', 'Review', '#/review'],
    ['Bundles', 'Bundles', '#/bundles'],
    ['Settings', 'Settings', '#/settings'],
    ['Today', 'Today', '#/'],
  ],
  zh: [
    ['受试者', '受试者', '#/subjects'],
    ['数据核查', '数据核查', '#/review'],
    ['数据包', '数据包', '#/bundles'],
    ['设置', '设置', '#/settings'],
    ['今日', '今日', '#/'],
  ],
} as const;

async function visitEveryPageByNav(page: Page, language: keyof typeof NAV, navName: string): Promise<void> {
  const nav = page.getByRole('navigation', { name: navName, exact: true });
  for (const [link, heading, hash] of NAV[language]) {
    await nav.getByRole('link', { name: link, exact: true }).click();
    await pageHeading(page, heading);
    expect(new URL(page.url()).hash).toBe(hash);
    expect(await nav.getByRole('link', { name: link, exact: true }).getAttribute('aria-current')).toBe('page');
  }
}

describe('the app shell in real Chromium', () => {
  const app = useApp();

  it('opens in English, switches to Chinese by the language control, stays Chinese after a reload, and navigates in both', async () => {
    const page = await app().goto('/');
    await firstRun(page, 'en', NURSE, '01');
    await pageHeading(page, 'Today');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await screenshotForDocs(page, 'today-en');
    await visitEveryPageByNav(page, 'en', 'Main');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('Language', { exact: true }).selectOption({ label: '简体中文' });
    await pageHeading(page, '设置');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');

    await page.reload();
    await signInAgain(page, 'zh');
    await pageHeading(page, '设置');
    expect(await page.getByLabel('语言', { exact: true }).inputValue()).toBe('zh');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.title()).toBe('设置 · 床旁 eCRF');
    await visitEveryPageByNav(page, 'zh', '主导航');
    await screenshotForDocs(page, 'today-zh');

    await page.getByRole('link', { name: '设置', exact: true }).click();
    await page.getByLabel('语言', { exact: true }).selectOption({ label: 'English' });
    await pageHeading(page, 'Settings');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('shows app information with a device id that survives closing and reopening the browser', async () => {
    let page = await app().goto('/');
    await firstRun(page, 'en', NURSE, '01');
    page = await app().goto('/settings');
    const about = page.getByRole('region', { name: 'About this installation' });
    const deviceId = about.getByText(UUID);
    await deviceId.waitFor();
    const first = await deviceId.textContent();
    expect(first).toMatch(UUID);
    await about.getByText('Web browser', { exact: true }).waitFor();
    await about.getByText('Bedside eCRF', { exact: true }).waitFor();

    page = await app().reopen();
    page = await app().goto('/settings');
    await signInAgain(page);
    const again = page.getByRole('region', { name: 'About this installation' }).getByText(UUID);
    await again.waitFor();
    expect(await again.textContent()).toBe(first);
  });

  it('is usable by keyboard at 1366x768: skip link, then the navigation, focus moves to the new page', async () => {
    const page = await app().goto('/');
    await firstRun(page, 'en', NURSE, '01');
    await pageHeading(page, 'Today');
    const focusedName = () => page.evaluate(() => document.activeElement?.textContent ?? '');

    await page.keyboard.press('Tab');
    expect(await focusedName()).toBe('Skip to main content');
    await page.keyboard.press('Tab');
    expect(await focusedName()).toBe('Lock');
    await page.keyboard.press('Tab');
    expect(await focusedName()).toBe('Sign out');
    await page.keyboard.press('Tab');
    expect(await focusedName()).toBe('Today');
    await page.keyboard.press('Tab');
    expect(await focusedName()).toBe('Subjects');
    await page.keyboard.press('Enter');
    await pageHeading(page, 'Subjects');
    expect(await focusedName()).toBe('Subjects');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(true);
    expect(await page.getByRole('status', { name: 'Status' }).isVisible()).toBe(true);
  });

  it('opens a subject page from its address, and says so when an address has no page', async () => {
    let page = await app().goto('/');
    await firstRun(page, 'en', NURSE, '01');
    page = await app().goto('/subjects/S-001');
    await page.getByText('There is no record of subject S-001 on this device.').waitFor();

    page = await app().goto('/no/such/page');
    await pageHeading(page, 'Page not found');
  });
});
