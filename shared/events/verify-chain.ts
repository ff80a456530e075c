import { GENESIS_HASH, type ChainHead } from './envelope';
import type { CrfEvent } from './event-schema';
import { hashEvent } from './hash';
import { isHashVerified, markHashVerified } from './trusted';
import { fail, ok, type Result } from '../lib/result';

/**
 * - hash-mismatch: the event's content changed after it was sealed (edited);
 * - seq-gap: events before this one are missing (deleted, or never received);
 * - seq-order: the event is not where its seq says (reordered, duplicated or inserted);
 * - prev-hash-mismatch: the event does not link to the one before it (inserted, replaced or reordered);
 * - device-mismatch: an event of another device in this chain.
 */
export type ChainBreakReason = 'hash-mismatch' | 'seq-gap' | 'seq-order' | 'prev-hash-mismatch' | 'device-mismatch';

export interface ChainBreak {
  readonly deviceId: string;
  readonly reason: ChainBreakReason;
  /** Position of the offending event in the list given to verifyChain. */
  readonly index: number;
  readonly seq: number;
  readonly expectedSeq: number;
  readonly message: string;
}

/**
 * Checks that `events` (one device's, in stored order) form an unbroken hash chain, continuing
 * from `after` (an already verified head; null = from the device's first event). Returns the new
 * head, or the first broken link.
 *
 * What a chain cannot show by itself: events removed from the *end*, or a tail re-sealed from
 * scratch. Those are caught by comparing with a head recorded elsewhere (the store's meta head,
 * another device's knownHeads, a bundle manifest).
 */
export function verifyChain(
  events: readonly CrfEvent[],
  after: ChainHead | null = null,
): Result<ChainHead | null, ChainBreak> {
  const first = events[0];
  if (first === undefined) return ok(after);
  const deviceId = after?.deviceId ?? first.deviceId;
  const seqsAhead = new Set(events.map((e) => e.seq));
  let head = after;

  for (const [index, event] of events.entries()) {
    const expectedSeq = head === null ? 1 : head.seq + 1;
    const expectedPrev = head === null ? GENESIS_HASH : head.hash;
    const broken = (reason: ChainBreakReason, message: string) =>
      fail<ChainBreak>({ deviceId, reason, index, seq: event.seq, expectedSeq, message });

    if (event.deviceId !== deviceId) {
      return broken('device-mismatch', `event ${event.seq} belongs to device ${event.deviceId}, not ${deviceId}`);
    }
    if (!isHashVerified(event)) {
      if (hashEvent(event) !== event.hash) {
        return broken('hash-mismatch', `event ${event.seq} was changed after it was sealed: its hash does not match its content`);
      }
      markHashVerified(event);
    }
    if (event.seq > expectedSeq) {
      return seqsAhead.has(expectedSeq)
        ? broken('seq-order', `event ${event.seq} comes before event ${expectedSeq}: the chain was reordered`)
        : broken('seq-gap', `events ${expectedSeq}..${event.seq - 1} are missing (deleted or never received)`);
    }
    if (event.seq < expectedSeq) {
      return broken('seq-order', `event ${event.seq} appears after event ${expectedSeq - 1}: inserted, duplicated or reordered`);
    }
    if (event.prevHash !== expectedPrev) {
      return broken(
        'prev-hash-mismatch',
        `event ${event.seq} does not link to event ${expectedSeq - 1}: an event was inserted, replaced or reordered`,
      );
    }
    head = { deviceId, seq: event.seq, hash: event.hash };
  }
  return ok(head);
}
