import { describe, expect, it } from 'vitest';
import { hashEvent, verifyChain, type CrfEvent } from '../../../shared/events';
import { draftsFor, LAB, sealChain, sealOne, tampered } from './builders';

function chainOf(n: number, deviceId = 'dev-a'): CrfEvent[] {
  const d = draftsFor(deviceId);
  return sealChain(Array.from({ length: n }, (_, i) => d.value(LAB, 80 + i)));
}

const at = <T>(list: readonly T[], i: number): T => {
  const v = list[i];
  if (v === undefined) throw new Error(`no element ${i}`);
  return v;
};

describe('verifyChain', () => {
  it('accepts an intact chain and returns its head', () => {
    const chain = chainOf(5);
    expect(verifyChain(chain)).toEqual({ ok: true, value: { deviceId: 'dev-a', seq: 5, hash: at(chain, 4).hash } });
  });

  it('accepts an empty list (nothing to check)', () => {
    expect(verifyChain([])).toEqual({ ok: true, value: null });
  });

  it('finds an edited event: its hash no longer matches its content', () => {
    const chain = chainOf(5);
    const edited = tampered(at(chain, 2), { payload: { entered: '8.2', value: 8.2 } });
    const result = verifyChain([...chain.slice(0, 2), edited, ...chain.slice(3)]);
    expect(result).toMatchObject({ ok: false, issues: { reason: 'hash-mismatch', index: 2, seq: 3 } });
  });

  it('finds an edited event even when the editor recomputed its hash: the next link breaks', () => {
    const chain = chainOf(5);
    const edited = tampered(at(chain, 2), { payload: { entered: '8.2', value: 8.2 } });
    const resealed = tampered(edited, { hash: hashEvent(edited) });
    const result = verifyChain([...chain.slice(0, 2), resealed, ...chain.slice(3)]);
    expect(result).toMatchObject({ ok: false, issues: { reason: 'prev-hash-mismatch', seq: 4, index: 3 } });
  });

  it('finds a deleted event: a gap in seq', () => {
    const chain = chainOf(5);
    const result = verifyChain([...chain.slice(0, 2), ...chain.slice(3)]);
    expect(result).toMatchObject({ ok: false, issues: { reason: 'seq-gap', seq: 4, expectedSeq: 3 } });
  });

  it('finds reordered events', () => {
    const chain = chainOf(5);
    const result = verifyChain([at(chain, 0), at(chain, 2), at(chain, 1), at(chain, 3), at(chain, 4)]);
    expect(result).toMatchObject({ ok: false, issues: { reason: 'seq-order', seq: 3, expectedSeq: 2 } });
  });

  it('finds an inserted event that was sealed onto the chain', () => {
    const chain = chainOf(5);
    // A forger seals a new event 3 onto the real event 2 and slips it in before the real event 3.
    const forged = sealOne(draftsFor('dev-a', Date.UTC(2025, 5, 1)).value(LAB, 999), {
      deviceId: 'dev-a',
      seq: 2,
      hash: at(chain, 1).hash,
    });
    const result = verifyChain([...chain.slice(0, 2), forged, ...chain.slice(2)]);
    expect(result).toMatchObject({ ok: false, issues: { reason: 'seq-order', seq: 3, index: 3 } });
  });

  it('finds an event that replaced another with the same seq', () => {
    const chain = chainOf(5);
    const forged = sealOne(draftsFor('dev-a', Date.UTC(2025, 5, 1)).value(LAB, 999), {
      deviceId: 'dev-a',
      seq: 2,
      hash: at(chain, 1).hash,
    });
    const result = verifyChain([...chain.slice(0, 2), forged, ...chain.slice(3)]);
    expect(result).toMatchObject({ ok: false, issues: { reason: 'prev-hash-mismatch', seq: 4 } });
  });

  it('finds an event of another device in the chain', () => {
    const chain = chainOf(3);
    const foreign = at(chainOf(3, 'dev-b'), 2);
    expect(verifyChain([...chain.slice(0, 2), foreign])).toMatchObject({ ok: false, issues: { reason: 'device-mismatch' } });
  });

  it('continues from a verified head, as when checking in chunks or appending imported events', () => {
    const chain = chainOf(6);
    const firstHalf = verifyChain(chain.slice(0, 3));
    expect(firstHalf.ok).toBe(true);
    if (!firstHalf.ok) return;
    expect(verifyChain(chain.slice(3), firstHalf.value)).toMatchObject({ ok: true, value: { seq: 6 } });
    expect(verifyChain(chain.slice(4), firstHalf.value)).toMatchObject({ ok: false, issues: { reason: 'seq-gap' } });
  });

  it('cannot see events cut from the end by itself: the head it returns must be compared with a recorded one', () => {
    const chain = chainOf(5);
    const result = verifyChain(chain.slice(0, 3));
    expect(result).toMatchObject({ ok: true, value: { seq: 3 } });
  });
});
