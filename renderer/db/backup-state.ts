import { z } from 'zod';
import { fingerprintSchema } from '../../shared/export/sealed';
import { fail, ok, type Result } from '../../shared/lib/result';
import { eventsAfter } from './chain-repo';
import type { Store } from './store';
import { classifyWriteError, type WriteError } from './write-errors';

/*
 * What the Bundles feature remembers on this laptop: where each protocol's last export stopped, a short
 * history of bundles exported, imported and restored, the automatic backup settings and the outcome of
 * the last backup. Device preferences like the other settings (plain rows of the `settings` table under
 * keys starting `bundles.`): not events, not exported, not merged. A stored value that no longer fits
 * its schema reads as absent.
 */

const id = z.string().min(1).max(200);
const heads = z.record(z.string().min(1), z.strictObject({ seq: z.int().min(1), hash: z.string().regex(/^[0-9a-f]{64}$/) }));

const exportMarkSchema = z.strictObject({
  bundleId: id,
  kind: z.enum(['full', 'incremental']),
  at: z.iso.datetime(),
  fileName: z.string().min(1).max(300),
  heads,
});
export type StoredExportMark = z.infer<typeof exportMarkSchema>;

const historyEntrySchema = z.strictObject({
  direction: z.enum(['export', 'import', 'restore']),
  at: z.iso.datetime(),
  fileName: z.string().max(300),
  bundleId: id,
  protocolId: z.string().min(1).max(64),
  kind: z.enum(['full', 'incremental']),
  /** Export: events carried. Import and restore: events added. */
  events: z.int().min(0),
  /** Import and restore: events already here. */
  alreadyHere: z.int().min(0).optional(),
  /** Import and restore: conflict queries raised. */
  queries: z.int().min(0).optional(),
  /** Export: where the file went. */
  location: z.string().max(4096).optional(),
});
export type BundleHistoryEntry = z.infer<typeof historyEntrySchema>;

export const DEFAULT_BACKUP_KEEP = 10;

const backupConfigSchema = z.strictObject({
  /** The folder chosen with chooseBackupFolder; absent: automatic backups are off. */
  folder: z.string().min(1).max(4096).optional(),
  /** Keep the newest K backups (per protocol backed up). */
  keep: z.int().min(1).max(1000),
  /**
   * The fingerprint of the recipient (renderer/db/recipient-keys) every backup is sealed for; absent:
   * plain bundles. Optional, so configs stored before it existed still parse.
   */
  recipient: fingerprintSchema.optional(),
});
export type BackupConfig = z.infer<typeof backupConfigSchema>;

const writtenSchema = z.strictObject({
  at: z.iso.datetime(),
  files: z.array(z.strictObject({ protocolId: z.string().min(1), fileName: z.string().min(1), location: z.string().min(1), events: z.int().min(0) })).max(50),
  /** The chain heads the backup covered: the next backup is due when they move. */
  heads,
});
const failureSchema = z.strictObject({
  at: z.iso.datetime(),
  /** A stable code for the UI to explain (a bundle issue code, "no-site", "write-failed"...). */
  code: z.string().min(1).max(100),
  message: z.string().max(2000),
});
const backupStatusSchema = z.strictObject({
  /** The last backup written. */
  written: writtenSchema.optional(),
  /** The last attempt, when it failed after (or without) the last written one; cleared by a success. */
  failure: failureSchema.optional(),
});
export type BackupWritten = z.infer<typeof writtenSchema>;
export type BackupFailure = z.infer<typeof failureSchema>;
export type BackupStatus = z.infer<typeof backupStatusSchema>;

const KEYS = {
  lastExport: 'bundles.lastExport',
  history: 'bundles.history',
  backupConfig: 'bundles.backupConfig',
  backupStatus: 'bundles.backupStatus',
} as const;

const HISTORY_LENGTH = 50;

async function read<T>(store: Store, key: string, schema: z.ZodType<T>): Promise<T | undefined> {
  const row = await store.db.settings.get(key);
  const parsed = schema.safeParse(row?.value);
  return parsed.success ? parsed.data : undefined;
}

async function write(store: Store, key: string, value: unknown): Promise<Result<void, WriteError>> {
  try {
    await store.db.settings.put({ key, value });
    return ok(undefined);
  } catch (error) {
    return fail(classifyWriteError(error));
  }
}

const marksSchema = z.record(z.string().min(1), exportMarkSchema);

/** Where the last export of a protocol from this laptop stopped (undefined: none yet). */
export async function getLastExport(store: Store, protocolId: string): Promise<StoredExportMark | undefined> {
  return (await read(store, KEYS.lastExport, marksSchema))?.[protocolId];
}

/** Every protocol's last export mark. */
export async function getLastExports(store: Store): Promise<Readonly<Record<string, StoredExportMark>>> {
  return (await read(store, KEYS.lastExport, marksSchema)) ?? {};
}

/** Moves a protocol's export mark and adds the export to the history, in one transaction. */
export async function recordExport(store: Store, protocolId: string, mark: StoredExportMark, entry: BundleHistoryEntry): Promise<Result<void, WriteError>> {
  const { db } = store;
  try {
    await db.transaction('rw', db.settings, async () => {
      const marks = (await read(store, KEYS.lastExport, marksSchema)) ?? {};
      await db.settings.put({ key: KEYS.lastExport, value: marksSchema.parse({ ...marks, [protocolId]: mark }) });
      await putHistory(store, entry);
    });
    return ok(undefined);
  } catch (error) {
    return fail(classifyWriteError(error));
  }
}

const historySchema = z.array(historyEntrySchema).max(HISTORY_LENGTH);

async function putHistory(store: Store, entry: BundleHistoryEntry): Promise<void> {
  const list = (await read(store, KEYS.history, historySchema)) ?? [];
  await store.db.settings.put({ key: KEYS.history, value: historySchema.parse([historyEntrySchema.parse(entry), ...list].slice(0, HISTORY_LENGTH)) });
}

/** Adds an import or restore to the history. */
export async function recordBundleHistory(store: Store, entry: BundleHistoryEntry): Promise<Result<void, WriteError>> {
  try {
    await store.db.transaction('rw', store.db.settings, () => putHistory(store, entry));
    return ok(undefined);
  } catch (error) {
    return fail(classifyWriteError(error));
  }
}

/** Bundles exported, imported and restored on this laptop, newest first (at most 50). */
export async function getBundleHistory(store: Store): Promise<readonly BundleHistoryEntry[]> {
  return (await read(store, KEYS.history, historySchema)) ?? [];
}

export async function getBackupConfig(store: Store): Promise<BackupConfig> {
  return (await read(store, KEYS.backupConfig, backupConfigSchema)) ?? { keep: DEFAULT_BACKUP_KEEP };
}

export async function setBackupConfig(store: Store, config: BackupConfig): Promise<Result<void, WriteError>> {
  const parsed = backupConfigSchema.safeParse(config);
  if (!parsed.success) {
    return fail({
      kind: 'rejected',
      issues: parsed.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: i.message, severity: 'error' as const })),
      message: 'invalid backup settings',
    });
  }
  return write(store, KEYS.backupConfig, parsed.data);
}

/** The last backup written and the last failure after it (both absent: none yet). */
export async function getBackupStatus(store: Store): Promise<BackupStatus> {
  return (await read(store, KEYS.backupStatus, backupStatusSchema)) ?? {};
}

/** Records a written backup (clearing any earlier failure). */
export function recordBackupWritten(store: Store, written: BackupWritten): Promise<Result<void, WriteError>> {
  return updateStatus(store, () => ({ written: writtenSchema.parse(written) }));
}

/** Records a failed backup, keeping the last written one: the next attempt stays due. */
export function recordBackupFailure(store: Store, failure: BackupFailure): Promise<Result<void, WriteError>> {
  return updateStatus(store, (before) => ({ ...before, failure: failureSchema.parse(failure) }));
}

async function updateStatus(store: Store, next: (before: BackupStatus) => BackupStatus): Promise<Result<void, WriteError>> {
  try {
    await store.db.transaction('rw', store.db.settings, async () => {
      const before = (await read(store, KEYS.backupStatus, backupStatusSchema)) ?? {};
      await store.db.settings.put({ key: KEYS.backupStatus, value: backupStatusSchema.parse(next(before)) });
    });
    return ok(undefined);
  } catch (error) {
    return fail(classifyWriteError(error));
  }
}

/** The heads the last written backup covered (undefined: none yet). */
export async function lastBackedUpHeads(store: Store): Promise<BackupWritten['heads'] | undefined> {
  return (await getBackupStatus(store)).written?.heads;
}

/**
 * This device's events after `afterSeq`: how many, and whether any completed a form (an automatic
 * backup follows each completed form). Reads a batch at a time.
 */
export async function localChangesAfter(store: Store, afterSeq: number): Promise<{ readonly headSeq: number; readonly formsCompleted: number }> {
  let cursor = afterSeq;
  let formsCompleted = 0;
  for (;;) {
    const batch = await eventsAfter(store, store.deviceId, cursor, 500);
    for (const event of batch) if (event.type === 'form.completed') formsCompleted += 1;
    const last = batch.at(-1);
    if (last === undefined) return { headSeq: cursor, formsCompleted };
    cursor = last.seq;
  }
}
