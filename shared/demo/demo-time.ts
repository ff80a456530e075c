/**
 * Time in the demo: calendar days are local-date.ts day numbers; instants are milliseconds since
 * 1970-01-01T00:00Z. Sites work in China (UTC+8), so the working day 09:00–18:00 is 01:00–10:00 UTC;
 * date-times typed on forms are the site's local clock.
 */
import { formatLocalDate } from '../schedule';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
const SITE_OFFSET = 8 * HOUR;

/** The instant of a local time of day (hours, e.g. 9.5 = 09:30) on a calendar day. */
export const localInstant = (day: number, hours: number): number => day * DAY + Math.round(hours * HOUR) - SITE_OFFSET;

/** The calendar day (at the site) of an instant. */
export const localDayOf = (instant: number): number => Math.floor((instant + SITE_OFFSET) / DAY);

/** 'YYYY-MM-DDTHH:mm' on the site's clock, as a nurse types it. */
export function localDateTime(instant: number): string {
  const local = instant + SITE_OFFSET;
  const day = Math.floor(local / DAY);
  const minutes = Math.floor((local - day * DAY) / MINUTE);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${formatLocalDate(day)}T${hh}:${mm}`;
}

export const isoInstant = (instant: number): string => new Date(instant).toISOString();
