import { strFromU8, unzipSync } from 'fflate';
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

/** Where a member's stored bytes are: its compression method and the slice of the file holding its data. */
export interface MemberData {
  /** 0 = stored, 8 = deflate. */
  readonly method: number;
  readonly data: Uint8Array;
  /** Uncompressed size as the directory declares it. */
  readonly originalSize: number;
}

const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_MARK = 0xffffffff;

/**
 * A member's compressed data, found through the zip's central directory and its local header, without
 * inflating it: for a reader that inflates elsewhere (platform-inflate.ts). Undefined when the member is
 * not there or the zip uses anything this app's writer never makes (Zip64 fields, a damaged header):
 * the caller then reads the member with readMember, whose verdict stands.
 */
export function locateMember(bytes: Uint8Array, name: string): MemberData | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = bytes.length - 22; at >= 0 && bytes.length - at <= 22 + 0xffff; at -= 1) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL_HEADER) return undefined;
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const originalSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    // As fflate reads names: UTF-8 when the entry's flag bit 11 says so, otherwise Latin-1.
    const utf8 = (view.getUint16(at + 8, true) & 0x800) !== 0;
    const entryName = strFromU8(bytes.subarray(at + 46, at + 46 + nameLength), !utf8);
    if (entryName === name) {
      const local = view.getUint32(at + 42, true);
      if (compressedSize === ZIP64_MARK || originalSize === ZIP64_MARK || local === ZIP64_MARK) return undefined;
      if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL_HEADER) return undefined;
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      if (start + compressedSize > bytes.length) return undefined;
      return { method, data: bytes.subarray(start, start + compressedSize), originalSize };
    }
    at = next;
  }
  return undefined;
}
