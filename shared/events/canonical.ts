/**
 * The canonical form events are hashed in: JSON with object keys sorted by UTF-16 code units
 * (as RFC 8785 JCS does), properties whose value is `undefined` left out, numbers written as
 * ECMAScript writes them (shortest round-trip form, -0 as 0), and every string (keys included)
 * in Unicode NFC so that the same text typed on two keyboards hashes the same.
 *
 * It throws on values JSON cannot carry (NaN, Infinity, functions, Dates, undefined in arrays):
 * events are parsed by zod before they reach here, so such a value is a programming error.
 */
export function canonicalize(value: unknown): string {
  return write(value, '$');
}

export class CanonicalFormError extends Error {
  override readonly name = 'CanonicalFormError';
}

function write(value: unknown, at: string): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.normalize('NFC'));
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalFormError(`${at}: ${value} has no JSON form`);
      return JSON.stringify(value);
    case 'object':
      if (value === null) return 'null';
      if (Array.isArray(value)) return `[${value.map((v, i) => write(v, `${at}[${i}]`)).join(',')}]`;
      if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) {
        throw new CanonicalFormError(`${at}: only plain objects have a canonical form`);
      }
      return writeObject(value as Record<string, unknown>, at);
    default:
      throw new CanonicalFormError(`${at}: a ${typeof value} has no JSON form`);
  }
}

function writeObject(obj: Record<string, unknown>, at: string): string {
  const entries = new Map<string, unknown>();
  for (const [key, v] of Object.entries(obj)) {
    if (v === undefined) continue;
    const nfc = key.normalize('NFC');
    if (entries.has(nfc)) throw new CanonicalFormError(`${at}: keys collide after NFC normalisation: ${nfc}`);
    entries.set(nfc, v);
  }
  const keys = [...entries.keys()].sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${write(entries.get(k), `${at}.${k}`)}`).join(',')}}`;
}

/**
 * The value the canonical form describes, as a plain object: strings in NFC, `undefined`
 * properties dropped. Sealing stores this, so a stored event is literally its canonical form.
 */
export function canonicalValue<T>(value: T): T {
  return JSON.parse(canonicalize(value)) as T;
}
