/**
 * Dates and local date-times as typed. Dates are ISO YYYY-MM-DD, or truncated (YYYY, YYYY-MM) where
 * partial dates are allowed, as SDTM stores them. Date-times are the site's local clock, YYYY-MM-DDTHH:mm
 * (seconds optional; a space may replace "T"). Years outside 1900–2100 are typing slips, not dates.
 */
export type DatePrecision = 'year' | 'month' | 'day';

export type DateParse =
  | { readonly ok: true; readonly value: string; readonly precision: DatePrecision }
  | { readonly ok: false; readonly reason: 'date' | 'partial-date' };

export type DateTimeParse = { readonly ok: true; readonly value: string } | { readonly ok: false };

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;
const MS_PER_DAY = 86_400_000;

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function parseDateText(text: string, partialAllowed: boolean): DateParse {
  const match = DATE.exec(text.trim());
  if (match === null) return { ok: false, reason: 'date' };
  const [, y, m, d] = match;
  const year = Number(y);
  if (year < MIN_YEAR || year > MAX_YEAR) return { ok: false, reason: 'date' };
  if (m !== undefined) {
    const month = Number(m);
    if (month < 1 || month > 12) return { ok: false, reason: 'date' };
    if (d !== undefined && (Number(d) < 1 || Number(d) > daysInMonth(year, month))) return { ok: false, reason: 'date' };
  }
  const precision: DatePrecision = d !== undefined ? 'day' : m !== undefined ? 'month' : 'year';
  if (precision !== 'day' && !partialAllowed) return { ok: false, reason: 'partial-date' };
  return { ok: true, value: match[0], precision };
}

export function parseDateTimeText(text: string): DateTimeParse {
  const match = DATE_TIME.exec(text.trim());
  if (match === null) return { ok: false };
  const [, date, hh, mm, ss] = match;
  const day = parseDateText(date ?? '', false);
  if (!day.ok || Number(hh) > 23 || Number(mm) > 59 || (ss !== undefined && Number(ss) > 59)) return { ok: false };
  return { ok: true, value: `${day.value}T${hh}:${mm}${ss === undefined ? '' : `:${ss}`}` };
}

/** Day numbers (days since 1970-01-01) of the earliest and latest day a possibly partial date can mean. */
export function dateBounds(value: string): { readonly first: number; readonly last: number } | undefined {
  const parsed = parseDateText(value, true);
  if (!parsed.ok) return undefined;
  const [y = 0, m, d] = parsed.value.split('-').map(Number);
  const dayNumber = (month: number, day: number): number => Date.UTC(y, month - 1, day) / MS_PER_DAY;
  if (m === undefined) return { first: dayNumber(1, 1), last: dayNumber(12, 31) };
  if (d === undefined) return { first: dayNumber(m, 1), last: dayNumber(m, daysInMonth(y, m)) };
  return { first: dayNumber(m, d), last: dayNumber(m, d) };
}

/** Minutes since 1970-01-01T00:00 of a local date-time, as if it were UTC (only differences are used). */
export function dateTimeMinutes(value: string): number | undefined {
  const parsed = parseDateTimeText(value);
  if (!parsed.ok) return undefined;
  const [date = '', time = ''] = parsed.value.split('T');
  const [y = 0, mo = 1, d = 1] = date.split('-').map(Number);
  const [h = 0, mi = 0, s = 0] = time.split(':').map(Number);
  return Date.UTC(y, mo - 1, d, h, mi, s) / 60_000;
}
