/**
 * Writing files for the command line, atomically: the content goes to a temporary file beside the
 * target, which is renamed over it once complete. A reader never sees half a file, and a failed or
 * interrupted write leaves the target as it was. An existing target is replaced only when asked.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fsReason } from './read-text-file';

export type WriteResult = { readonly ok: true } | { readonly ok: false; readonly message: string };

const failed = (message: string): WriteResult => ({ ok: false, message });

/** Why `path` cannot be written as a new file (undefined: it can), without touching it. */
export function refuseTarget(path: string, force: boolean): string | undefined {
  let exists = false;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return `cannot write ${path}: it is a directory`;
    exists = true;
  } catch {
    exists = false;
  }
  if (exists && !force) return `${path} already exists: add --force to replace it`;
  const folder = dirname(path);
  if (!existsSync(folder)) return `cannot write ${path}: the folder ${folder} does not exist`;
  return undefined;
}

let counter = 0;
const temporaryName = (path: string): string => join(dirname(path), `.${basename(path)}.${process.pid}.${(counter += 1)}.tmp`);

/** A file being written: chunks go to a temporary file; `commit` renames it into place, `abort` removes it. */
export class AtomicFile {
  private fd: number | undefined;
  bytes = 0;

  private constructor(
    readonly path: string,
    private readonly temporary: string,
    fd: number,
  ) {
    this.fd = fd;
  }

  static open(path: string, force: boolean): { ok: true; file: AtomicFile } | { ok: false; message: string } {
    const refused = refuseTarget(path, force);
    if (refused !== undefined) return { ok: false, message: refused };
    const temporary = temporaryName(path);
    try {
      return { ok: true, file: new AtomicFile(path, temporary, openSync(temporary, 'wx')) };
    } catch (error) {
      return { ok: false, message: `cannot write ${path}: ${fsReason(error)}` };
    }
  }

  write(chunk: Uint8Array): void {
    if (this.fd === undefined) throw new Error(`${this.path} is closed`);
    for (let at = 0; at < chunk.length; ) at += writeSync(this.fd, chunk, at, chunk.length - at);
    this.bytes += chunk.length;
  }

  /** The temporary file, complete, for a check before it takes the target's place. */
  get writtenPath(): string {
    return this.temporary;
  }

  close(): void {
    if (this.fd === undefined) return;
    const fd = this.fd;
    this.fd = undefined;
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }

  commit(): WriteResult {
    try {
      this.close();
      renameSync(this.temporary, this.path);
      return { ok: true };
    } catch (error) {
      this.abort();
      return failed(`cannot write ${this.path}: ${fsReason(error)}`);
    }
  }

  abort(): void {
    try {
      if (this.fd !== undefined) closeSync(this.fd);
    } catch {
      // already closed
    }
    this.fd = undefined;
    try {
      unlinkSync(this.temporary);
    } catch {
      // never created, or already gone
    }
  }
}

/** Writes one whole file atomically. */
export function writeFileAtomic(path: string, content: Uint8Array, force: boolean): WriteResult {
  const opened = AtomicFile.open(path, force);
  if (!opened.ok) return opened;
  try {
    opened.file.write(content);
  } catch (error) {
    opened.file.abort();
    return failed(`cannot write ${path}: ${fsReason(error)}`);
  }
  return opened.file.commit();
}

/** Creates a folder (and its parents) unless it exists. */
export function ensureFolder(path: string): WriteResult {
  try {
    if (existsSync(path) && !statSync(path).isDirectory()) return failed(`cannot write into ${path}: it is a file, not a folder`);
    mkdirSync(path, { recursive: true });
    return { ok: true };
  } catch (error) {
    return failed(`cannot create the folder ${path}: ${fsReason(error)}`);
  }
}
