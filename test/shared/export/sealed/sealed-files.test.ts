import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { strFromU8, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  fingerprintOf,
  formatFingerprint,
  fromBase64url,
  keyFileText,
  passphraseProblem,
  parsePrivateKeyFile,
  parsePublicKeyFile,
  parseSealedBundle,
  publicKeyOf,
  sealedPrefix,
  toBase64url,
  type PrivateKeyFile,
  type SealedHeader,
} from '../../../../shared/export/sealed';

// A P-256 public key (RFC 7515 appendix A.3's example key): a real point, so fingerprints are real too.
const JWK = { kty: 'EC', crv: 'P-256', x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU', y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0' } as const;
const FINGERPRINT = fingerprintOf(JWK) ?? '';
const b64 = (length: number, fill = 7) => toBase64url(new Uint8Array(length).fill(fill));

const privateFile: PrivateKeyFile = {
  format: 'ecrf-recipient-private-key',
  formatVersion: 1,
  name: 'Data management',
  created: '2025-03-10T09:00:00.000Z',
  fingerprint: FINGERPRINT,
  publicKey: JWK,
  kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000, salt: b64(16) },
  wrap: { cipher: 'AES-256-GCM', nonce: b64(12), wrappedKey: b64(154) },
};

const header: SealedHeader = {
  format: 'ecrf-sealed-bundle',
  formatVersion: 1,
  recipient: { name: 'Data management', fingerprint: FINGERPRINT },
  ephemeralKey: JWK,
  kdf: { name: 'HKDF', hash: 'SHA-256', salt: b64(32) },
  cipher: { name: 'AES-256-GCM', nonce: b64(12) },
  plaintextBytes: 5,
};

const sealedWith = (h: unknown, cipherBytes = 21): Uint8Array => {
  const prefix = sealedPrefix(h as SealedHeader);
  return new Uint8Array([...prefix, ...new Uint8Array(cipherBytes)]);
};

const pathsOf = (result: { ok: boolean; issues?: readonly { path: readonly (string | number)[] }[] }) => (result.ok ? [] : (result.issues ?? []).map((i) => i.path));

describe('base64url and fingerprints', () => {
  it('base64url round-trips every length and refuses non-canonical text', () => {
    for (let n = 0; n < 40; n += 1) {
      const bytes = new Uint8Array(n).map((_, i) => (i * 37 + n) % 256);
      expect(fromBase64url(toBase64url(bytes))).toEqual(bytes);
    }
    expect(toBase64url(new Uint8Array([0xfb, 0xff]))).toBe('-_8');
    expect(fromBase64url('-_9')).toBeUndefined(); // leftover bits set
    expect(fromBase64url('abc=')).toBeUndefined();
    expect(fromBase64url('a')).toBeUndefined();
  });

  it('the fingerprint is SHA-256 of the raw key (04 ‖ x ‖ y), shown in groups of four hex digits', () => {
    const raw = new Uint8Array([4, ...(fromBase64url(JWK.x) ?? []), ...(fromBase64url(JWK.y) ?? [])]);
    expect(FINGERPRINT).toBe(bytesToHex(sha256(raw)));
    expect(formatFingerprint(FINGERPRINT)).toMatch(/^([0-9a-f]{4} ){15}[0-9a-f]{4}$/);
  });
});

describe('key files', () => {
  it('reads its own output', () => {
    expect(parsePrivateKeyFile(keyFileText(privateFile))).toEqual({ ok: true, value: privateFile });
    expect(parsePublicKeyFile(keyFileText(publicKeyOf(privateFile)))).toEqual({ ok: true, value: publicKeyOf(privateFile) });
  });

  it('says what is wrong, with the JSON path', () => {
    expect(parsePublicKeyFile('{ not json')).toMatchObject({ ok: false, issues: [{ code: 'not-readable', path: [] }] });
    expect(parsePublicKeyFile(keyFileText(privateFile))).toMatchObject({ ok: false, issues: [{ code: 'wrong-kind', path: ['format'] }] });
    expect(parsePublicKeyFile(JSON.stringify({ ...publicKeyOf(privateFile), formatVersion: 2, novel: true }))).toMatchObject({
      ok: false,
      issues: [{ code: 'future-format', path: ['formatVersion'] }],
    });
    const weak = parsePrivateKeyFile(JSON.stringify({ ...privateFile, kdf: { ...privateFile.kdf, iterations: 1000 }, wrap: { ...privateFile.wrap, nonce: 'AAAA' } }));
    expect(pathsOf(weak)).toEqual([
      ['kdf', 'iterations'],
      ['wrap', 'nonce'],
    ]);
    const badPoint = parsePublicKeyFile(JSON.stringify({ ...publicKeyOf(privateFile), publicKey: { ...JWK, y: 'short', extra: 1 } }));
    expect(pathsOf(badPoint)).toEqual(expect.arrayContaining([['publicKey', 'y'], ['publicKey']]));
  });

  it('a fingerprint that is not the key’s own is refused: a forged or damaged file', () => {
    const other = `${FINGERPRINT.slice(0, 63)}${FINGERPRINT.endsWith('0') ? '1' : '0'}`;
    const forged = parsePublicKeyFile(JSON.stringify({ ...publicKeyOf(privateFile), fingerprint: other }));
    expect(forged).toMatchObject({ ok: false, issues: [{ code: 'invalid', path: ['fingerprint'], message: expect.stringMatching(/altered or damaged/) }] });
  });
});

describe('sealed bundle header', () => {
  it('splits a sealed file into header, associated data (magic, length, header) and ciphertext', () => {
    const bytes = sealedWith(header);
    const parts = parseSealedBundle(bytes);
    if (!parts.ok) throw new Error(JSON.stringify(parts.issues));
    expect(parts.value.header).toEqual(header);
    expect(strFromU8(parts.value.associatedData)).toMatch(/^ECRF-SEALED\n[\s\S]{4}\{"format":"ecrf-sealed-bundle"/);
    expect(parts.value.ciphertext).toHaveLength(21);
  });

  it('header problems come with paths under "header"', () => {
    const bad = { ...header, recipient: { name: '', fingerprint: 'ABC' }, cipher: { name: 'AES-128-CBC', nonce: b64(12) }, extra: 1 };
    expect(pathsOf(parseSealedBundle(sealedWith(bad)))).toEqual(
      expect.arrayContaining([
        ['header', 'recipient', 'name'],
        ['header', 'recipient', 'fingerprint'],
        ['header', 'cipher', 'name'],
        ['header'],
      ]),
    );
    expect(parseSealedBundle(sealedWith({ ...header, formatVersion: 9 }))).toMatchObject({ ok: false, issues: [{ code: 'future-format', path: ['header', 'formatVersion'] }] });
    expect(parseSealedBundle(sealedWith({ ...header, format: 'something-else' }))).toMatchObject({ ok: false, issues: [{ code: 'wrong-kind', path: ['header', 'format'] }] });
  });

  it('not a sealed file, an impossible header length, or a ciphertext of the wrong size', () => {
    expect(parseSealedBundle(strToU8('PK\u0003\u0004 a zip'))).toMatchObject({ ok: false, issues: [{ code: 'not-readable', path: [] }] });
    const bytes = sealedWith(header);
    const huge = bytes.slice();
    new DataView(huge.buffer).setUint32(12, 1_000_000, false);
    expect(parseSealedBundle(huge)).toMatchObject({ ok: false, issues: [{ code: 'not-readable', path: ['header'] }] });
    expect(parseSealedBundle(sealedWith(header, 20))).toMatchObject({ ok: false, issues: [{ code: 'size-mismatch', path: ['ciphertext'] }] });
  });
});

describe('new passphrases', () => {
  it('need at least 12 characters (counted as characters, not bytes) and the same text twice', () => {
    expect(passphraseProblem('eleven char', 'eleven char')).toBe('too-short');
    expect(passphraseProblem('twelve chars', 'twelve chars')).toBeUndefined();
    expect(passphraseProblem('病房七号抽屉里的U盘要锁好', '病房七号抽屉里的U盘要锁好')).toBeUndefined();
    expect(passphraseProblem('病房七号抽屉里的U盘', '病房七号抽屉里的U盘')).toBe('too-short');
    expect(passphraseProblem('twelve chars', 'twelve charz')).toBe('mismatch');
    expect(passphraseProblem('caf\u00e9 au lait!', 'cafe\u0301 au lait!')).toBeUndefined();
  });
});
