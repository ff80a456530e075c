import { createHash } from 'node:crypto';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256HexOfBytes, sha256HexOfText } from '../../../shared/events/sha256';

const nodeHex = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

// Lengths around every padding boundary: 55 is the last that pads within one block, 56..63 spill into a second.
const BOUNDARY_LENGTHS = [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000, 4096, 10_000];

describe('sha256HexOfText', () => {
  it('gives the FIPS 180-4 test vectors', () => {
    expect(sha256HexOfText('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256HexOfText('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256HexOfText('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('agrees with node:crypto at every padding boundary', () => {
    for (const length of BOUNDARY_LENGTHS) expect(sha256HexOfText('a'.repeat(length)), `length ${length}`).toBe(nodeHex('a'.repeat(length)));
  });

  it('encodes non-ASCII text as UTF-8: 2-, 3- and 4-byte characters', () => {
    for (const text of ['µmol/L', '肝硬化 患者', '😀 emoji', 'é'.repeat(40), '中'.repeat(30)]) expect(sha256HexOfText(text), text).toBe(nodeHex(text));
  });

  it('hashes a lone surrogate as U+FFFD, as TextEncoder does', () => {
    const encoder = new TextEncoder();
    for (const text of ['a\ud800b', '\udc00', 'x\ud83d']) expect(sha256HexOfText(text)).toBe(bytesToHex(sha256(encoder.encode(text))));
  });

  it('gives the same result after a longer message grew its buffer (no state left between calls)', () => {
    const short = sha256HexOfText('short');
    sha256HexOfText('z'.repeat(50_000));
    expect(sha256HexOfText('short')).toBe(short);
  });

  it('agrees with @noble/hashes over the UTF-8 bytes of any string', () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => sha256HexOfText(text) === bytesToHex(sha256(encoder.encode(text)))),
      { numRuns: 500 },
    );
  });
});

describe('sha256HexOfBytes', () => {
  it('agrees with node:crypto at every padding boundary, and on a subarray of a larger buffer', () => {
    for (const length of BOUNDARY_LENGTHS) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 31 + 7) & 0xff);
      expect(sha256HexOfBytes(bytes), `length ${length}`).toBe(nodeHex(bytes));
      const within = new Uint8Array(length + 10);
      within.set(bytes, 5);
      expect(sha256HexOfBytes(within.subarray(5, 5 + length))).toBe(nodeHex(bytes));
    }
  });

  it('agrees with @noble/hashes on any bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 700 }), (bytes) => sha256HexOfBytes(bytes) === bytesToHex(sha256(bytes))), { numRuns: 300 });
  });
});
