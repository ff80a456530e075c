import { z } from 'zod';
import { autoLockMinutesSchema } from '../../shared/access';
import { ok, fail, type Result } from '../../shared/lib/result';
import type { Store } from './store';
import { classifyWriteError, type WriteError } from './write-errors';

/**
 * Device preferences. They are not study data, so they are plain rows, not events: they are not
 * audited, exported or merged. Each key has a schema; a stored value that no longer fits it reads
 * as absent rather than breaking the app.
 */
export const SETTINGS = {
  locale: z.enum(['en', 'zh-CN']),
  /** The site this laptop works for; preselected when screening a subject. */
  siteId: z.string().min(1),
  /** Warn when the free storage for the app falls below this many bytes. */
  lowStorageBytes: z.int().min(0),
  /** Minutes without keyboard or pointer input before the screen locks (shared/access: 1–60, default 5). */
  autoLockMinutes: autoLockMinutesSchema,
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.infer<(typeof SETTINGS)[K]>;

export async function getSetting<K extends SettingKey>(store: Store, key: K): Promise<SettingValue<K> | undefined> {
  const row = await store.db.settings.get(key);
  const parsed = SETTINGS[key].safeParse(row?.value);
  return parsed.success ? (parsed.data as SettingValue<K>) : undefined;
}

export async function setSetting<K extends SettingKey>(store: Store, key: K, value: SettingValue<K>): Promise<Result<void, WriteError>> {
  const parsed = SETTINGS[key].safeParse(value);
  if (!parsed.success) {
    return fail({ kind: 'rejected', issues: [{ path: [key], message: parsed.error.issues[0]?.message ?? 'invalid', severity: 'error' }], message: `invalid ${key}` });
  }
  try {
    await store.db.settings.put({ key, value: parsed.data });
    return ok(undefined);
  } catch (error) {
    return fail(classifyWriteError(error));
  }
}
