/**
 * What a password must be. Long rather than complicated (NIST SP 800-63B): at least 10 characters, not the
 * login, not one character repeated. Each problem comes back with an English and a Chinese message.
 */
import type { Bilingual } from '../policy';
import { fail, ok, type Result } from '../lib/result';

export const PASSWORD_MIN_LENGTH = 10;
/** Long passphrases are welcome; the limit only keeps key derivation bounded. */
export const PASSWORD_MAX_LENGTH = 200;

export type PasswordProblemCode = 'password.too-short' | 'password.too-long' | 'password.is-login' | 'password.one-character';

export interface PasswordProblem {
  readonly code: PasswordProblemCode;
  readonly message: Bilingual;
}

const PROBLEMS: Readonly<Record<PasswordProblemCode, Bilingual>> = {
  'password.too-short': {
    en: `A password needs at least ${PASSWORD_MIN_LENGTH} characters.`,
    zh: `密码至少需要 ${PASSWORD_MIN_LENGTH} 个字符。`,
  },
  'password.too-long': {
    en: `A password may have at most ${PASSWORD_MAX_LENGTH} characters.`,
    zh: `密码最多 ${PASSWORD_MAX_LENGTH} 个字符。`,
  },
  'password.is-login': { en: 'A password must not contain the login.', zh: '密码不得包含登录名。' },
  'password.one-character': { en: 'A password must not be one character repeated.', zh: '密码不能由同一个字符重复组成。' },
};

const problem = (code: PasswordProblemCode): PasswordProblem => ({ code, message: PROBLEMS[code] });

/** Every problem of `password` for the account `login` (empty: acceptable). Characters are counted as code points. */
export function checkPassword(password: string, login: string): Result<void, readonly PasswordProblem[]> {
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) problems.push(problem('password.too-short'));
  if (length > PASSWORD_MAX_LENGTH) problems.push(problem('password.too-long'));
  const name = login.trim().toLowerCase();
  if (name.length > 0 && password.toLowerCase().includes(name)) problems.push(problem('password.is-login'));
  if (length > 0 && new Set(password).size === 1) problems.push(problem('password.one-character'));
  return problems.length === 0 ? ok(undefined) : fail(problems);
}
