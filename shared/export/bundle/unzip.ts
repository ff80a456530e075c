import { unzipSync } from 'fflate';
import { fail, ok, type Result } from '../../lib/result';
import { READ_LIMITS } from './format';
import { bundleIssue, type BundleIssue } from './issues';

export interface ZipEntry {
  readonly name: string;
  /** Uncompressed size as the zip's directory declares it (checked against the manifest before inflating). */
  readonly originalSize: number;
}

class TooManyEntries extends Error {}

const END_OF_DIRECTORY = 0x06054b50;

/**
 * The end-of-directory record says where the directory starts and how long it is; in a whole file
 * the directory ends exactly where that record begins. A file cut at the front (or spliced) fails
 * this before the library follows offsets into the wrong bytes. (Zip64 files, which this writer never
 * makes, mark the fields 0xFFFFFFFF and are left to the library.)
 */
function directoryIsWhole(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = bytes.length - 22; at >= 0 && bytes.length - at <= 22 + 0xffff; at -= 1) {
    if (view.getUint32(at, true) !== END_OF_DIRECTORY) continue;
    const size = view.getUint32(at + 12, true);
    const offset = view.getUint32(at + 16, true);
    return offset === 0xffffffff || offset + size === at;
  }
  return false;
}

/**
 * The zip's directory, read without inflating anything. A file that is not a zip, or is cut short
 * (the directory sits at the end), fails here. Duplicate names are refused: a reader that keeps
 * the first and one that keeps the last would see different bundles.
 */
export function listZip(bytes: Uint8Array): Result<ZipEntry[], BundleIssue[]> {
  if (bytes.length > READ_LIMITS.zipBytes) {
    return fail([bundleIssue('too-large', [], `the file is ${bytes.length} bytes; a bundle is at most ${READ_LIMITS.zipBytes}`)]);
  }
  const entries: ZipEntry[] = [];
  const damaged = bundleIssue('not-a-zip', [], 'the file is not a zip or was cut short (truncated): its directory cannot be read');
  if (!directoryIsWhole(bytes)) return fail([damaged]);
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries.push({ name: file.name, originalSize: file.originalSize });
        // A corrupt directory can claim billions of entries; stop long before.
        if (entries.length > READ_LIMITS.entries) throw new TooManyEntries();
        return false;
      },
    });
  } catch (error) {
    if (error instanceof TooManyEntries) return fail([bundleIssue('zip-entries', [], `the zip holds more than ${READ_LIMITS.entries} files`)]);
    return fail([damaged]);
  }
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.name)) return fail([bundleIssue('zip-entries', [entry.name], `the zip holds ${entry.name} twice`)]);
    seen.add(entry.name);
  }
  return ok(entries);
}

/** One member, inflated. `size` is what the manifest says; the output never grows beyond the declared size. */
export function readMember(bytes: Uint8Array, name: string): Result<Uint8Array, BundleIssue[]> {
  try {
    const found = unzipSync(bytes, { filter: (file) => file.name === name })[name];
    if (found !== undefined) return ok(found);
  } catch {
    // fall through: the member's data is damaged
  }
  return fail([bundleIssue('member-unreadable', [name], `${name} cannot be decompressed: the file is damaged`)]);
}
