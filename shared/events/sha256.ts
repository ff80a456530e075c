/*
 * SHA-256 (FIPS 180-4) written for how this app hashes: one whole message at a time, a million short
 * ones per import (each event's canonical text) and a few large ones (bundle members). Synchronous, for
 * the reason in hash.ts. Measured against @noble/hashes on event-sized texts in Node 20 and Chromium it is
 * an order of magnitude faster, because it keeps no per-call state: the text is UTF-8-encoded straight
 * into one reused buffer (no TextEncoder round trip, no allocation per call), the 64-word schedule is one
 * reused Int32Array, the hash state lives in locals, and the hex digits come from a table.
 * test/shared/events/sha256.test.ts checks it against node:crypto and @noble/hashes.
 */

const K = Int32Array.from([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
  0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
const INITIAL = Int32Array.from([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Reused between calls: the message schedule, the running state, and the buffer texts are encoded into. */
const W = new Int32Array(64);
const state = new Int32Array(8);
let scratch = new Uint8Array(4096);

/** Typed-array reads the compiler cannot prove in range; every index used here is. */
const at = (array: Uint8Array | Int32Array, i: number): number => array[i] as number;

/** Runs the compression function over the 64-byte blocks of bytes[from, to) (to − from a multiple of 64). */
function compress(bytes: Uint8Array, from: number, to: number): void {
  let h0 = at(state, 0), h1 = at(state, 1), h2 = at(state, 2), h3 = at(state, 3);
  let h4 = at(state, 4), h5 = at(state, 5), h6 = at(state, 6), h7 = at(state, 7);
  for (let off = from; off < to; off += 64) {
    for (let t = 0; t < 16; t += 1) {
      const j = off + t * 4;
      W[t] = (at(bytes, j) << 24) | (at(bytes, j + 1) << 16) | (at(bytes, j + 2) << 8) | at(bytes, j + 3);
    }
    for (let t = 16; t < 64; t += 1) {
      const w15 = at(W, t - 15);
      const w2 = at(W, t - 2);
      const s0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3);
      const s1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10);
      W[t] = (s1 + at(W, t - 7) + s0 + at(W, t - 16)) | 0;
    }
    let a = h0, b = h1, c = h2, d = h3, e = h4, f = h5, g = h6, h = h7;
    for (let t = 0; t < 64; t += 1) {
      const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const t1 = (h + s1 + ((e & f) ^ (~e & g)) + at(K, t) + at(W, t)) | 0;
      const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const t2 = (s0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
    h5 = (h5 + f) | 0;
    h6 = (h6 + g) | 0;
    h7 = (h7 + h) | 0;
  }
  state[0] = h0;
  state[1] = h1;
  state[2] = h2;
  state[3] = h3;
  state[4] = h4;
  state[5] = h5;
  state[6] = h6;
  state[7] = h7;
}

/** Appends the padding (0x80, zeros, the bit length big-endian) after `length` bytes at `tail[0, used)`; returns the padded end. */
function pad(tail: Uint8Array, used: number, length: number): number {
  const end = Math.ceil((used + 9) / 64) * 64;
  tail[used] = 0x80;
  tail.fill(0, used + 1, end);
  const high = Math.floor(length / 2 ** 29); // bits above 32 of length × 8
  const low = (length * 8) >>> 0;
  tail[end - 8] = (high >>> 24) & 0xff;
  tail[end - 7] = (high >>> 16) & 0xff;
  tail[end - 6] = (high >>> 8) & 0xff;
  tail[end - 5] = high & 0xff;
  tail[end - 4] = (low >>> 24) & 0xff;
  tail[end - 3] = (low >>> 16) & 0xff;
  tail[end - 2] = (low >>> 8) & 0xff;
  tail[end - 1] = low & 0xff;
  return end;
}

function digestHex(): string {
  let out = '';
  for (let i = 0; i < 8; i += 1) {
    const v = at(state, i);
    out += `${HEX[(v >>> 24) & 255]}${HEX[(v >>> 16) & 255]}${HEX[(v >>> 8) & 255]}${HEX[v & 255]}`;
  }
  return out;
}

/**
 * The text's UTF-8 bytes into `scratch` (grown as needed, with room for the padding); returns their
 * length. As TextEncoder does, a lone surrogate becomes U+FFFD.
 */
function encodeUtf8(text: string): number {
  const room = text.length * 3 + 72;
  if (scratch.length < room) scratch = new Uint8Array(Math.max(room, scratch.length * 2));
  const out = scratch;
  let n = 0;
  for (let i = 0; i < text.length; i += 1) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      out[n++] = c;
      continue;
    }
    if (c < 0x800) {
      out[n++] = 0xc0 | (c >> 6);
      out[n++] = 0x80 | (c & 63);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i += 1;
        out[n++] = 0xf0 | (c >> 18);
        out[n++] = 0x80 | ((c >> 12) & 63);
        out[n++] = 0x80 | ((c >> 6) & 63);
        out[n++] = 0x80 | (c & 63);
        continue;
      }
      c = 0xfffd;
    }
    out[n++] = 0xe0 | (c >> 12);
    out[n++] = 0x80 | ((c >> 6) & 63);
    out[n++] = 0x80 | (c & 63);
  }
  return n;
}

/** SHA-256 of the text's UTF-8 bytes, lowercase hex. */
export function sha256HexOfText(text: string): string {
  const length = encodeUtf8(text);
  state.set(INITIAL);
  compress(scratch, 0, pad(scratch, length, length));
  return digestHex();
}

/** SHA-256 of the bytes, lowercase hex. The bytes are read, never copied, except the last partial block. */
export function sha256HexOfBytes(bytes: Uint8Array): string {
  const whole = bytes.length - (bytes.length % 64);
  state.set(INITIAL);
  compress(bytes, 0, whole);
  const tail = new Uint8Array(128);
  tail.set(bytes.subarray(whole));
  compress(tail, 0, pad(tail, bytes.length - whole, bytes.length));
  return digestHex();
}
