/**
 * A zip member inflated by the platform's native zlib (`DecompressionStream('deflate-raw')`, in Chromium
 * and in Node) instead of fflate's inflate in JavaScript: reading a trial's bundle inflates hundreds of
 * MB, and the profile of a re-import showed fflate's inflate as a quarter of readBundle.
 *
 * Pure in the sense shared/ needs, as platform-deflate.ts: no DOM or Node API is named; the constructor
 * is looked up on globalThis, and without one (or for a member the locator cannot place) the caller
 * falls back to fflate. Whatever comes out is checked by the caller against the manifest's size and
 * SHA-256, exactly as fflate's output is.
 */
import type { MemberData } from './unzip';

interface ChunkReader {
  read(): Promise<{ readonly done: boolean; readonly value?: Uint8Array }>;
  cancel(): Promise<void>;
}
interface ChunkWriter {
  write(chunk: Uint8Array): Promise<void>;
  close(): Promise<void>;
}
interface InflateStream {
  readonly readable: { getReader(): ChunkReader };
  readonly writable: { getWriter(): ChunkWriter };
}
type InflateStreamConstructor = new (format: 'deflate-raw') => InflateStream;

function platformInflater(): InflateStreamConstructor | undefined {
  const found = (globalThis as { DecompressionStream?: unknown }).DecompressionStream;
  if (typeof found !== 'function') return undefined;
  try {
    // Older platforms know the class but not the raw format: they throw here.
    new (found as InflateStreamConstructor)('deflate-raw');
    return found as InflateStreamConstructor;
  } catch {
    return undefined;
  }
}

let inflater: InflateStreamConstructor | undefined | null = null;

/** Whether this platform can inflate a raw deflate stream natively. */
export function hasPlatformInflate(): boolean {
  if (inflater === null) inflater = platformInflater();
  return inflater !== undefined;
}

/** Thrown when the platform's inflater refuses the data (damaged). */
export class InflateFailed extends Error {}

/**
 * The member's bytes, inflated natively. Output beyond the declared size is not kept: one byte more than
 * declared is enough for the caller's size check to fail, and a zip bomb never grows in memory.
 */
export async function platformInflate(member: MemberData): Promise<Uint8Array> {
  if (member.method === 0) return member.data.slice();
  if (!hasPlatformInflate() || inflater === undefined || inflater === null) throw new InflateFailed('no platform inflater');
  const stream = new inflater('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  // The writes are not awaited before reading: the stream only takes more input as its output is read.
  const written = (async () => {
    await writer.write(member.data);
    await writer.close();
  })();
  written.catch(() => undefined);
  const limit = member.originalSize + 1;
  const out = new Uint8Array(limit);
  let length = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (value === undefined) continue;
      const take = Math.min(value.length, limit - length);
      out.set(value.subarray(0, take), length);
      length += take;
      if (length === limit) {
        await reader.cancel().catch(() => undefined);
        break;
      }
    }
    if (length < limit) await written;
  } catch (error) {
    throw new InflateFailed(error instanceof Error ? error.message : String(error));
  }
  return length === out.length ? out : out.subarray(0, length);
}
