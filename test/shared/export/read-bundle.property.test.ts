import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBundle } from '../../../shared/export';
import { buildFull, knownProtocols, type Built } from './support/bundle';
import { realisticLog } from './support/realistic-log';
import { seedProtocol } from './support/seeds';

const protocol = seedProtocol('NCT06884904');
const known = knownProtocols(protocol);
const { events } = realisticLog(protocol);
let built: Built;
beforeAll(async () => {
  built = await buildFull(protocol, events);
});

/** A result, never an exception: the import dialog shows whatever comes back. */
const isResult = (bytes: Uint8Array): boolean => {
  const result = readBundle(bytes, known);
  return result.ok || (result.issues.length > 0 && result.issues.every((i) => typeof i.message === 'string' && i.message.length > 0));
};

describe('readBundle on hostile input', () => {
  it('never throws on random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 4096 }), isResult), { numRuns: 500 });
  });

  it('never throws on random bytes that end like a zip directory', () => {
    // The 22-byte end record with random counts and offsets sends a reader after arbitrary offsets.
    const endRecord = fc.tuple(fc.uint8Array({ maxLength: 2048 }), fc.uint8Array({ minLength: 18, maxLength: 18 })).map(([body, tail]) => {
      const out = new Uint8Array(body.length + 22);
      out.set(body);
      out.set([0x50, 0x4b, 0x05, 0x06], body.length);
      out.set(tail, body.length + 4);
      return out;
    });
    fc.assert(fc.property(endRecord, isResult), { numRuns: 500 });
  });

  it('never throws on a real bundle with bytes changed, and accepts it only when nothing that matters changed', () => {
    const mutation = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(mutation, (changes) => {
        const bytes = Uint8Array.from(built.bytes);
        for (const [at, xor] of changes) bytes[at % bytes.length] = (bytes[at % bytes.length] ?? 0) ^ xor;
        const result = readBundle(bytes, known);
        // A flip in a zip timestamp or an unused header field changes no content, so acceptance is
        // possible; the events are then exactly the exported ones.
        if (result.ok) expect(result.value.events).toEqual(events);
        return isResult(bytes);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on a real bundle cut anywhere', () => {
    fc.assert(fc.property(fc.nat(), (cut) => isResult(built.bytes.slice(0, cut % built.bytes.length))), { numRuns: 200 });
  });
});
