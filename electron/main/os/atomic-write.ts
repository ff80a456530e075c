/**
 * Atomic file replacement: write a temporary file in the target's folder, flush it to disk, then rename it
 * over the target. A crash or a failed write leaves either the old file or the new one, never half of
 * either. No `electron` import: tests call it directly and inject failing file operations.
 */
import { randomUUID } from 'node:crypto';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file operations an atomic write needs; tests replace one of them to simulate a full disk. */
export interface AtomicWriteOps {
  open(path: string, flags: string): Promise<Pick<FileHandle, 'write' | 'sync' | 'close'>>;
  rename(from: string, to: string): Promise<void>;
  remove(path: string): Promise<void>;
  /** Flushes the folder entry after the rename; best effort (Windows cannot open folders). */
  syncFolder(folder: string): Promise<void>;
}

export const nodeAtomicWriteOps: AtomicWriteOps = {
  open: (path, flags) => open(path, flags),
  rename,
  remove: (path) => rm(path, { force: true }),
  syncFolder: async (folder) => {
    let handle: FileHandle | undefined;
    try {
      handle = await open(folder, 'r');
      await handle.sync();
    } catch {
      // Not every platform can fsync a directory; the rename itself is still atomic.
    } finally {
      await handle?.close().catch(() => undefined);
    }
  },
};

/** Temp files start with a dot and end in `.tmp`, so no app file-name pattern (backups) ever matches them. */
export const tempNameFor = (target: string): string => join(dirname(target), `.${basename(target)}.${randomUUID()}.tmp`);

/**
 * Replaces `target` with `bytes` atomically. On any failure the temp file is removed, the previous target
 * (if any) is left untouched, and the original error is rethrown.
 */
export async function writeFileAtomic(
  target: string,
  bytes: Uint8Array,
  ops: AtomicWriteOps = nodeAtomicWriteOps,
): Promise<void> {
  const temp = tempNameFor(target);
  let renamed = false;
  try {
    // 'wx': never reuse or follow an existing path, even one planted under the temp name.
    const handle = await ops.open(temp, 'wx');
    try {
      let offset = 0;
      while (offset < bytes.byteLength) {
        const { bytesWritten } = await handle.write(bytes, offset, bytes.byteLength - offset);
        if (bytesWritten <= 0) throw new Error(`could not write ${temp}: no progress`);
        offset += bytesWritten;
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await ops.rename(temp, target);
    renamed = true;
    await ops.syncFolder(dirname(target));
  } catch (error) {
    if (!renamed) await ops.remove(temp).catch(() => undefined);
    throw error;
  }
}
