/*
 * Work done once per event object. An import verifies a bundle (readBundle: parse every event, verify
 * every hash), then the store checks the same events again before writing them (appendForeignEvents:
 * they are `unknown` to it). At a million events each pass costs tens of seconds, and both find the
 * same: the objects parseEvent returns are deep-frozen and remembered here, so parsing one of them again
 * returns it as it is, and once verifyChain has recomputed its hash it need not do so again. A frozen
 * object cannot have changed since; anything else (a copy, an edited event, plain JSON) is parsed and
 * hashed in full. Module state, but no behaviour depends on it except how long the checks take.
 */

const parsed = new WeakSet<object>();
const hashVerified = new WeakSet<object>();

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** Freezes an event parseEvent made (a fresh object) and remembers it as valid. */
export function markParsed<T extends object>(event: T): T {
  parsed.add(deepFreeze(event));
  return event;
}

/** An object parseEvent returned (so valid, and unchanged since). */
export const isParsed = (value: unknown): boolean => typeof value === 'object' && value !== null && parsed.has(value);

/** A parsed event whose hash verifyChain recomputed and found equal to its `hash`. */
export const isHashVerified = (event: object): boolean => hashVerified.has(event);

export function markHashVerified(event: object): void {
  if (parsed.has(event)) hashVerified.add(event);
}
