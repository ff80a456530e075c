const pad = (n: number): string => String(n).padStart(2, '0');

/** The laptop's local date, YYYY-MM-DD (bedside clocks: no time zone). */
export const localDate = (d: Date): string => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** The laptop's local date and time, YYYY-MM-DD HH:mm. */
export const localDateTime = (d: Date): string => `${localDate(d)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;

/** A stored UTC instant shown in the laptop's local time, YYYY-MM-DD HH:mm:ss. */
export function localStamp(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${localDate(d)} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}
