/**
 * The canonical form events are hashed in: JSON with object keys sorted by UTF-16 code units
 * (as RFC 8785 JCS does), properties whose value is `undefined` left out, numbers written as
 * ECMAScript writes them (shortest round-trip form, -0 as 0), and every string (keys included)
 * in Unicode NFC so that the same text typed on two keyboards hashes the same.
 *
 * It throws on values JSON cannot carry (NaN, Infinity, functions, Dates, undefined in arrays):
 * events are parsed by zod before they reach here, so such a value is a programming error.
 *
 * NOTE: this runs for every event sealed, verified or imported (a million at a time), so it avoids
 * work the output does not need: ASCII text is already NFC, and the path of a value is only spelled
 * out when something fails.
 */
export function canonicalize(value: unknown): string {
  try {
    return write(value);
  } catch (error) {
    if (error instanceof Failure) throw new CanonicalFormError(`$${error.path.join('')}: ${error.reason}`);
    throw error;
  }
}

export class CanonicalFormError extends Error {
  override readonly name = 'CanonicalFormError';
}

/** Thrown inside; the path is filled in on the way out, then it becomes a CanonicalFormError. */
class Failure {
  readonly path: string[] = [];
  constructor(readonly reason: string) {}
}

const NON_ASCII = /[\u0080-\uffff]/;

/** NFC; ASCII text (nearly all of an event) is NFC already, and the test is far cheaper than normalize. */
const nfc = (text: string): string => (NON_ASCII.test(text) ? text.normalize('NFC') : text);

function write(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(nfc(value));
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new Failure(`${value} has no JSON form`);
      return JSON.stringify(value);
    case 'object':
      if (value === null) return 'null';
      if (Array.isArray(value)) return writeArray(value);
      if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) {
        throw new Failure('only plain objects have a canonical form');
      }
      return writeObject(value as Record<string, unknown>);
    default:
      throw new Failure(`a ${typeof value} has no JSON form`);
  }
}

/** A property (name) or an element (index): the path segment is only written when something fails. */
function child(value: unknown, at: string | number): string {
  try {
    return write(value);
  } catch (error) {
    if (error instanceof Failure) error.path.unshift(typeof at === 'number' ? `[${at}]` : `.${at}`);
    throw error;
  }
}

function writeArray(items: readonly unknown[]): string {
  let out = '[';
  for (let i = 0; i < items.length; i += 1) {
    if (i > 0) out += ',';
    out += child(items[i], i);
  }
  return `${out}]`;
}

function writeObject(obj: Record<string, unknown>): string {
  const keys = Object.keys(obj);
  for (const key of keys) if (NON_ASCII.test(key)) return writeNormalisedObject(obj, keys);
  keys.sort();
  let out = '{';
  for (const key of keys) {
    const v = obj[key];
    if (v === undefined) continue;
    if (out.length > 1) out += ',';
    out += `${JSON.stringify(key)}:${child(v, key)}`;
  }
  return `${out}}`;
}

/** Objects with a non-ASCII key: keys are normalised first, and two that become one are refused. */
function writeNormalisedObject(obj: Record<string, unknown>, keys: readonly string[]): string {
  const entries = new Map<string, unknown>();
  for (const key of keys) {
    const v = obj[key];
    if (v === undefined) continue;
    const normalised = key.normalize('NFC');
    if (entries.has(normalised)) throw new Failure(`keys collide after NFC normalisation: ${normalised}`);
    entries.set(normalised, v);
  }
  const sorted = [...entries.keys()].sort();
  return `{${sorted.map((k) => `${JSON.stringify(k)}:${child(entries.get(k), k)}`).join(',')}}`;
}

/**
 * The value the canonical form describes, as a plain object: strings in NFC, `undefined`
 * properties dropped. Sealing stores this, so a stored event is literally its canonical form.
 */
export function canonicalValue<T>(value: T): T {
  return JSON.parse(canonicalize(value)) as T;
}
