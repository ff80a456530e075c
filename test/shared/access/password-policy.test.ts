import { describe, expect, it } from 'vitest';
import { checkPassword } from '../../../shared/access';
import { autoLockMinutes, normaliseLogin } from '../../../shared/access';

const codes = (password: string, login: string) => {
  const result = checkPassword(password, login);
  return result.ok ? [] : result.issues.map((p) => p.code);
};

describe('password policy', () => {
  it('accepts a long password that does not contain the login', () => {
    expect(checkPassword('correct horse battery', 'wang.li')).toEqual({ ok: true, value: undefined });
  });

  it('refuses fewer than 10 characters, counting code points (Chinese passphrases count per character)', () => {
    expect(codes('short1234', 'wang')).toEqual(['password.too-short']);
    expect(codes('护士站夜班第三床病人好', 'wang')).toEqual([]);
    expect(codes('护士站夜班', 'wang')).toEqual(['password.too-short']);
  });

  it('refuses a password containing the login, whatever the case, and one character repeated', () => {
    expect(codes('Wang.Li-2025!', 'wang.li')).toEqual(['password.is-login']);
    expect(codes('aaaaaaaaaaaa', 'nurse1')).toEqual(['password.one-character']);
  });

  it('says every problem in English and Chinese', () => {
    const result = checkPassword('li', 'li');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((p) => p.code)).toEqual(['password.too-short', 'password.is-login']);
    for (const p of result.issues) {
      expect(p.message.en).toMatch(/password/i);
      expect(p.message.zh).toMatch(/密码/);
    }
  });
});

describe('logins and auto-lock minutes', () => {
  it('normalises a login to lower case and refuses what cannot be one', () => {
    expect(normaliseLogin('  Wang.Li ')).toBe('wang.li');
    expect(normaliseLogin('a')).toBeUndefined();
    expect(normaliseLogin('wang li')).toBeUndefined();
  });

  it('auto-lock defaults to 5 minutes and accepts 1–60 whole minutes only', () => {
    expect(autoLockMinutes(undefined)).toBe(5);
    expect(autoLockMinutes(1)).toBe(1);
    expect(autoLockMinutes(60)).toBe(60);
    expect(autoLockMinutes(0)).toBe(5);
    expect(autoLockMinutes(61)).toBe(5);
    expect(autoLockMinutes(2.5)).toBe(5);
  });
});
