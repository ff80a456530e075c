/**
 * Keeps a backup folder to the newest K backups the app wrote. Only regular files whose names match the
 * app's backup pattern are ever candidates: anything else in the folder (the user's own files, other apps'
 * backups, our in-flight temp files) is never touched.
 */
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { BACKUP_FILE_NAME } from '../../../shared/bridge/channels';

// The pattern lives in the bridge contract so the renderer names backups by the same rule main enforces;
// writeBackup refuses other names, because a file it would never rotate would grow the folder without bound.
export { BACKUP_FILE_NAME };

export const isBackupFileName = (name: string): boolean => BACKUP_FILE_NAME.test(name);

const isMissing = (error: unknown): boolean =>
  error instanceof Error && 'code' in error && error.code === 'ENOENT';

interface Candidate {
  readonly name: string;
  readonly mtimeMs: number;
}

/**
 * Deletes the oldest backups in `folder` so that at most `keep` remain, counting `justWritten` (a file
 * name in that folder), which is never deleted. "Newest" is by modification time, ties broken by name
 * (names carry a timestamp). Returns the full paths it removed. A file that vanishes meanwhile is skipped.
 */
export async function rotateBackups(folder: string, keep: number, justWritten: string): Promise<string[]> {
  if (!Number.isInteger(keep) || keep < 1) throw new Error(`keep must be a positive integer, got ${keep}`);
  const entries = await readdir(folder, { withFileTypes: true });
  const candidates: Candidate[] = [];
  for (const entry of entries) {
    // isFile() on a Dirent is false for symlinks: a link named like a backup is left alone.
    if (!entry.isFile() || entry.name === justWritten || !isBackupFileName(entry.name)) continue;
    const info = await stat(join(folder, entry.name)).catch(() => null);
    if (info) candidates.push({ name: entry.name, mtimeMs: info.mtimeMs });
  }
  candidates.sort((a, b) => b.mtimeMs - a.mtimeMs || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
  const removed: string[] = [];
  for (const old of candidates.slice(keep - 1)) {
    const path = join(folder, old.name);
    try {
      await rm(path);
      removed.push(path);
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
  }
  return removed;
}
