const pad = (n: number): string => String(n).padStart(2, '0');

/** An instant as the laptop's local date and time, `2025-03-10 09:05` (same in both languages). */
export function localWhen(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** A device id as people see it: its first 8 characters (the full id is in the bundle's manifest). */
export const shortDevice = (deviceId: string): string => deviceId.slice(0, 8);
