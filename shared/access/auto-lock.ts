/**
 * Auto-lock: after this many minutes without keyboard or pointer input the screen locks (the unsaved
 * input stays underneath). Short by default because a ward laptop is left open between patients.
 */
import { z } from 'zod';

export const AUTO_LOCK_DEFAULT_MINUTES = 5;
export const AUTO_LOCK_MIN_MINUTES = 1;
export const AUTO_LOCK_MAX_MINUTES = 60;

export const autoLockMinutesSchema = z.int().min(AUTO_LOCK_MIN_MINUTES).max(AUTO_LOCK_MAX_MINUTES);

/** The minutes in force: the stored setting when valid, the default otherwise. */
export function autoLockMinutes(stored: unknown): number {
  const parsed = autoLockMinutesSchema.safeParse(stored);
  return parsed.success ? parsed.data : AUTO_LOCK_DEFAULT_MINUTES;
}
