/**
 * Entering the app in end-to-end tests, in English or Chinese: the site setup as administrator (with the
 * recovery key acknowledged), accounts created in Settings → Users, sign-in and sign-out. Every person gets
 * the same password; logins are derived from names (Chinese names included), and each page remembers the
 * people created on it so a test can switch back to one by name.
 */
import type { Page } from 'playwright-core';

export type Language = 'en' | 'zh';

export const PASSWORD = 'ward seven nights 2025';
export const ADMIN = { name: 'Site Administrator', login: 'site.admin' } as const;

export const ACCESS_UI = {
  en: {
    setup: 'Set up this laptop for the site',
    site: 'Site number',
    adminName: 'Administrator’s name',
    login: 'Login',
    password: 'Password',
    passwordAgain: 'Password again',
    setupSubmit: 'Set up the site',
    recovery: 'Recovery key',
    kept: 'I have written it down / stored it with the data manager',
    continue: 'Continue',
    signIn: 'Sign in',
    signOut: 'Sign out',
    lock: 'Lock',
    nav: 'Main',
    settings: 'Settings',
    today: 'Today',
    createForm: 'Create an account',
    name: 'Full name',
    role: 'Role',
    blinded: 'Blinded to the treatment arm (sees only the kit number)',
    initialPassword: 'Initial password',
    createSubmit: 'Create account',
    created: /Account created for/,
  },
  zh: {
    setup: '为本中心设置这台电脑',
    site: '中心编号',
    adminName: '系统管理员姓名',
    login: '登录名',
    password: '密码',
    passwordAgain: '再次输入密码',
    setupSubmit: '设置本中心',
    recovery: '恢复密钥',
    kept: '我已抄写下来／已交由数据管理员保管',
    continue: '继续',
    signIn: '登录',
    signOut: '退出登录',
    lock: '锁定',
    nav: '主导航',
    settings: '设置',
    today: '今日',
    createForm: '创建账户',
    name: '姓名',
    role: '角色',
    blinded: '对治疗组别设盲（只能看到药盒编号）',
    initialPassword: '初始密码',
    createSubmit: '创建账户',
    created: /已为 .* 创建账户/,
  },
} as const;

/** Key derivation (PBKDF2, 600,000 iterations) takes a moment on a busy machine. */
const SLOW = { timeout: 60_000 } as const;

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true }).waitFor(SLOW);

/** A valid login for any display name: ASCII names as written ("Wang Li" → wang.li), others by a short hash. */
export function loginOf(name: string): string {
  const ascii = name.toLowerCase().replace(/[^a-z0-9]+/g, '.').replace(/^\.+|\.+$/g, '');
  if (ascii.length >= 3 && /^[a-z0-9]/.test(ascii)) return ascii.slice(0, 40);
  let hash = 2166136261;
  for (const char of name) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 16777619) >>> 0;
  return `u${hash.toString(16)}`;
}

/** The people created on each page, by display name (to switch back to them). */
const people = new WeakMap<Page, Map<string, string>>();
const peopleOf = (page: Page): Map<string, string> => {
  const known = people.get(page) ?? new Map<string, string>();
  people.set(page, known);
  return known;
};

/** First run: sets up the site as administrator and confirms the recovery key was kept; returns the key shown. */
export async function setUpSite(page: Page, lang: Language, site: string): Promise<string> {
  const ui = ACCESS_UI[lang];
  await heading(page, ui.setup);
  await page.getByLabel(ui.site, { exact: true }).fill(site);
  await page.getByLabel(ui.adminName, { exact: true }).fill(ADMIN.name);
  await page.getByLabel(ui.login, { exact: true }).fill(ADMIN.login);
  await page.getByLabel(ui.password, { exact: true }).fill(PASSWORD);
  await page.getByLabel(ui.passwordAgain, { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: ui.setupSubmit, exact: true }).click();
  await heading(page, ui.recovery);
  const recoveryKey = (await page.getByText(/^([A-Z2-7]{4}-){8}[A-Z2-7]{4}$/).textContent()) ?? '';
  await page.getByRole('checkbox', { name: ui.kept, exact: true }).check();
  await page.getByRole('button', { name: ui.continue, exact: true }).click();
  await page.getByRole('banner').getByText(ADMIN.name, { exact: false }).waitFor(SLOW);
  return recoveryKey;
}

/** As the signed-in administrator: Settings → Users → create the person's account (remembered for this page). */
export async function createAccount(page: Page, lang: Language, person: { name: string; role: string; blinded?: boolean }): Promise<string> {
  const ui = ACCESS_UI[lang];
  const login = loginOf(person.name);
  await page.getByRole('navigation', { name: ui.nav, exact: true }).getByRole('link', { name: ui.settings, exact: true }).click();
  const form = page.getByRole('form', { name: ui.createForm, exact: true });
  await form.getByLabel(ui.name, { exact: true }).fill(person.name);
  await form.getByLabel(ui.login, { exact: true }).fill(login);
  await form.getByLabel(ui.role, { exact: true }).selectOption(person.role);
  await form.getByRole('checkbox', { name: ui.blinded, exact: true }).setChecked(person.blinded ?? true);
  await form.getByLabel(ui.initialPassword, { exact: true }).fill(PASSWORD);
  await form.getByLabel(ui.passwordAgain, { exact: true }).fill(PASSWORD);
  await form.getByRole('button', { name: ui.createSubmit, exact: true }).click();
  await form.getByText(ui.created).waitFor(SLOW);
  peopleOf(page).set(person.name, login);
  return login;
}

export async function signOut(page: Page, lang: Language): Promise<void> {
  const ui = ACCESS_UI[lang];
  await page.getByRole('banner').getByRole('button', { name: ui.signOut, exact: true }).click();
  await heading(page, ui.signIn);
}

/** The last login signed in in this test file (tests run one after another): who signs in again after a reload. */
let lastLogin: string = ADMIN.login;

export async function signIn(page: Page, lang: Language, login: string, password = PASSWORD): Promise<void> {
  const ui = ACCESS_UI[lang];
  lastLogin = login;
  await heading(page, ui.signIn);
  await page.getByLabel(ui.login, { exact: true }).fill(login);
  await page.getByLabel(ui.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: ui.signIn, exact: true }).click();
  await page.getByRole('banner').waitFor(SLOW);
}

/** Back to the page (route) a test was on before switching person: a hash change, not a reload (a reload signs out). */
async function returnTo(page: Page, hash: string): Promise<void> {
  if (new URL(page.url()).hash !== hash) await page.evaluate((h) => (window.location.hash = h), hash);
}

/** Signs out and in as someone: a new person's account is created by the administrator in between. Stays on the same page. */
export async function switchPerson(page: Page, lang: Language, person: { name: string; role?: string; blinded?: boolean }): Promise<void> {
  const hash = new URL(page.url()).hash;
  let login = peopleOf(page).get(person.name);
  await signOut(page, lang);
  if (login === undefined) {
    await signIn(page, lang, ADMIN.login);
    login = await createAccount(page, lang, { role: 'nurse', ...person });
    await signOut(page, lang);
  }
  await signIn(page, lang, login);
  await page.getByRole('banner').getByText(person.name, { exact: false }).first().waitFor(SLOW);
  await returnTo(page, hash);
}

/** The first run of a test: site setup, then the person's account, and work as them (landing on Today). */
export async function firstRunAs(page: Page, lang: Language, person: { name: string; role: string; blinded?: boolean }, site: string): Promise<void> {
  await setUpSite(page, lang, site);
  const login = await createAccount(page, lang, person);
  // Back to the landing page before signing out, so the person starts on Today as a fresh start does
  // (no navigation after sign-in, which would move the focus to the page heading).
  const ui = ACCESS_UI[lang];
  await page.getByRole('navigation', { name: ui.nav, exact: true }).getByRole('link', { name: ui.today, exact: true }).click();
  await signOut(page, lang);
  await signIn(page, lang, login);
  await page.getByRole('banner').getByText(person.name, { exact: false }).first().waitFor(SLOW);
}

/** Someone already created on this page, found by a pattern over "Name (" as the old role switch listed them. */
export function knownPerson(page: Page, who: RegExp): string | undefined {
  for (const name of peopleOf(page).keys()) {
    if (who.test(name) || who.test(`${name} (`) || who.test(`${name}（`)) return name;
  }
  return undefined;
}

/**
 * After a reload or a browser restart: the session lived in memory only, so the same person signs in again
 * (the page they were on is kept in the address).
 */
export async function signInAgain(page: Page, lang: Language = 'en'): Promise<void> {
  await signIn(page, lang, lastLogin);
}
