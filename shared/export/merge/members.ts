import { unzipSync } from 'fflate';
import { fail, ok, type Result } from '../../lib/result';

/**
 * The uncompressed members of a bundle whose path `wanted` accepts, in zip order. Meant for a bundle
 * readBundle has verified (sizes and SHA-256 already checked); a damaged zip is a result, not a throw.
 */
export function bundleMembers(bytes: Uint8Array, wanted: (path: string) => boolean): Result<{ readonly path: string; readonly bytes: Uint8Array }[], string> {
  try {
    const members = unzipSync(bytes, { filter: (file) => wanted(file.name) });
    return ok(Object.entries(members).map(([path, content]) => ({ path, bytes: content })));
  } catch (error) {
    return fail(`the zip cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}
