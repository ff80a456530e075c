/**
 * Maps the path of an `app://ecrf/...` URL to a file inside the built renderer folder, refusing anything
 * that could name a file elsewhere. Chromium already normalises `..` in standard URLs; this guard does not
 * rely on that: it checks every segment after percent-decoding, so `%2e%2e`, `%2f`, `%5c`, drive letters
 * and empty segments (`//etc`) are refused, and it finally checks the joined path is still inside the root.
 */
import { isAbsolute, join, relative, sep } from 'node:path';
import { fail, ok, type Result } from '../../../shared/lib/result';

/** Why a request path was refused; each maps to a 400 response. */
export type PathRefusal = 'not-absolute' | 'malformed-encoding' | 'empty-segment' | 'dot-segment' | 'forbidden-character' | 'outside-root';

// eslint-disable-next-line no-control-regex -- NUL and control characters are exactly what a path must not hold
const FORBIDDEN = /[\\/:\u0000-\u001f]/;

function checkSegment(raw: string): Result<string, PathRefusal> {
  if (raw === '') return fail('empty-segment');
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return fail('malformed-encoding');
  }
  // A leading dot covers `.`, `..` and hidden files: the build output has none of them.
  if (decoded.startsWith('.')) return fail('dot-segment');
  if (FORBIDDEN.test(decoded)) return fail('forbidden-character');
  return ok(decoded);
}

/** `pathname` is the URL's raw (still percent-encoded) path; `/` and folder paths mean their index.html. */
export function resolveRequestPath(root: string, pathname: string): Result<string, PathRefusal> {
  if (!pathname.startsWith('/')) return fail('not-absolute');
  const path = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
  const segments: string[] = [];
  for (const raw of path.slice(1).split('/')) {
    const checked = checkSegment(raw);
    if (!checked.ok) return checked;
    segments.push(checked.value);
  }
  const file = join(root, ...segments);
  const rel = relative(root, file);
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) return fail('outside-root');
  return ok(file);
}
