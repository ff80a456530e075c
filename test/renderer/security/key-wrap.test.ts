import { describe, expect, it } from 'vitest';
import { newDataKey, newRecoveryKey, parseRecoveryKey, PBKDF2_ITERATIONS, unwrapDataKey, wrapDataKey } from '../../../renderer/security';

describe('data key wrapping (PBKDF2-SHA-256 + AES-GCM, WebCrypto)', () => {
  it('round-trips the data key under the right password and records ≥ 600,000 iterations and a 16-byte salt', async () => {
    const dataKey = newDataKey();
    expect(dataKey).toHaveLength(32);
    const wrapped = await wrapDataKey(dataKey, 'night shift ward 7', 'acct:1');
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(wrapped.iterations).toBe(PBKDF2_ITERATIONS);
    expect(atob(wrapped.salt)).toHaveLength(16);
    expect(JSON.stringify(wrapped)).not.toContain('night shift');
    const opened = await unwrapDataKey(wrapped, 'night shift ward 7', 'acct:1');
    expect(opened).toEqual({ ok: true, value: dataKey });
  });

  it('refuses a wrong password, and the right password for another purpose (a wrap moved to another account)', async () => {
    const wrapped = await wrapDataKey(newDataKey(), 'night shift ward 7', 'acct:1');
    expect(await unwrapDataKey(wrapped, 'night shift ward 8', 'acct:1')).toEqual({ ok: false, issues: 'wrong-secret' });
    expect(await unwrapDataKey(wrapped, 'night shift ward 7', 'acct:2')).toEqual({ ok: false, issues: 'wrong-secret' });
  });

  it('uses a fresh salt per wrap, so two wraps of one key under one password differ', async () => {
    const key = newDataKey();
    const [a, b] = await Promise.all([wrapDataKey(key, 'same password here', 'p'), wrapDataKey(key, 'same password here', 'p')]);
    expect(a.salt).not.toBe(b.salt);
    expect(a.ciphertext).not.toBe(b.ciphertext);
  });
});

describe('recovery key', () => {
  it('is 160 random bits in groups of four base32 characters plus a checksum group', () => {
    const key = newRecoveryKey();
    expect(key).toMatch(/^([A-Z2-7]{4}-){8}[A-Z2-7]{4}$/);
    expect(newRecoveryKey()).not.toBe(key);
    expect(parseRecoveryKey(key)).toEqual({ ok: true, value: key });
  });

  it('accepts it typed in lower case without dashes', () => {
    const key = newRecoveryKey();
    expect(parseRecoveryKey(key.toLowerCase().replace(/-/g, ' '))).toEqual({ ok: true, value: key });
  });

  it('catches every single-character typo with the checksum, and a missing group by length', () => {
    const key = newRecoveryKey();
    for (let i = 0; i < key.length; i += 1) {
      const char = key[i] ?? '';
      if (char === '-') continue;
      const other = char === 'A' ? 'B' : 'A';
      const typo = `${key.slice(0, i)}${other}${key.slice(i + 1)}`;
      expect(parseRecoveryKey(typo)).toMatchObject({ ok: false });
    }
    expect(parseRecoveryKey(key.slice(5))).toEqual({ ok: false, issues: 'recovery-key.length' });
  });
});
