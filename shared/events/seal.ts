import { canonicalize } from './canonical';
import { GENESIS_HASH, type ChainHead } from './envelope';
import { parseEventDraft, type CrfEvent } from './event-schema';
import { sha256Hex } from './hash';
import { issue } from './issues';
import { fail, ok, type Result } from '../lib/result';

/**
 * Validates a draft and links it after `prev`, the head of the same device's chain (null for the
 * device's first event). The result is the event to store, exactly as it was hashed.
 */
export function sealEvent(draft: unknown, prev: ChainHead | null): Result<CrfEvent> {
  const parsed = parseEventDraft(draft);
  if (!parsed.ok) return parsed;
  const body = parsed.value;
  if (prev !== null && prev.deviceId !== body.deviceId) {
    return fail([issue(['deviceId'], `the chain head belongs to device ${prev.deviceId}, not ${body.deviceId}`)]);
  }
  // One canonical form, both stored (parsed back: NFC strings, no undefined) and hashed. Hashing the
  // parsed value again would give the same text: the canonical form is a fixed point.
  const canonical = canonicalize({
    ...body,
    seq: prev === null ? 1 : prev.seq + 1,
    prevHash: prev === null ? GENESIS_HASH : prev.hash,
  });
  const unsealed = JSON.parse(canonical) as Omit<CrfEvent, 'hash'>;
  return ok({ ...unsealed, hash: sha256Hex(canonical) } as CrfEvent);
}

export const headOf = (event: Pick<CrfEvent, 'deviceId' | 'seq' | 'hash'>): ChainHead => ({
  deviceId: event.deviceId,
  seq: event.seq,
  hash: event.hash,
});
