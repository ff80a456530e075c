/**
 * Subject codes: "<site>-<number>", e.g. "03-017", as printed on the casebook. No names, initials or
 * national identity numbers: the code is the only identifier the app keeps.
 */
import { fail, ok, type Issue, type Result } from '../lib/result';

export const SUBJECT_CODE_PATTERN = /^([A-Za-z0-9]{1,16})-([0-9]{1,6})$/;
/** Numbers are written with at least this many digits (017), so codes sort and read alike. */
export const SUBJECT_NUMBER_DIGITS = 3;

export function formatSubjectCode(siteId: string, number: number): string {
  return `${siteId}-${String(number).padStart(SUBJECT_NUMBER_DIGITS, '0')}`;
}

export interface ParsedSubjectCode {
  readonly siteId: string;
  readonly number: number;
}

export function parseSubjectCode(code: string): ParsedSubjectCode | undefined {
  const match = SUBJECT_CODE_PATTERN.exec(code.trim());
  if (match === null || match[1] === undefined || match[2] === undefined) return undefined;
  return { siteId: match[1], number: Number(match[2]) };
}

/** The code for a subject number typed at a site; issues say what is wrong, in the order of the form. */
export function subjectCodeFor(siteId: string, numberText: string): Result<string, Issue[]> {
  const issues: Issue[] = [];
  if (!/^[A-Za-z0-9]{1,16}$/.test(siteId)) issues.push({ path: ['siteId'], message: 'the site is 1 to 16 letters or digits', severity: 'error' });
  const text = numberText.trim();
  if (!/^[0-9]{1,6}$/.test(text) || Number(text) < 1) issues.push({ path: ['number'], message: 'the subject number is 1 to 6 digits, from 1', severity: 'error' });
  return issues.length > 0 ? fail(issues) : ok(formatSubjectCode(siteId, Number(text)));
}

/** The next free number at a site (one more than the highest used there), for the enrolment form's default. */
export function nextSubjectNumber(siteId: string, codes: readonly (string | undefined)[]): number {
  const used = codes.flatMap((code) => {
    const parsed = code === undefined ? undefined : parseSubjectCode(code);
    return parsed !== undefined && parsed.siteId === siteId ? [parsed.number] : [];
  });
  return used.length === 0 ? 1 : Math.max(...used) + 1;
}
