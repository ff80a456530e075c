import { describe, expect, it } from 'vitest';
import { importBundle } from '../../../../renderer/db/bundle-import';
import { createKeyPair, sealBundle, unlockPrivateKey, unsealBundle, type UnlockedKey } from '../../../../renderer/features/keys/recipient-crypto';
import { parsePrivateKeyFile, parsePublicKeyFile, keyFileText, MIN_PBKDF2_ITERATIONS, SEALED_MAGIC } from '../../../../shared/export/sealed';
import { enrol, expectOk, exportFrom, freshStore, read, setBilirubin, snapshot, DATA_MANAGER } from '../bundles/support/bundles';

const PASSPHRASE = 'correct horse battery staple';
const created = '2025-03-10T09:00:00.000Z';

async function laptopWithData() {
  const store = await freshStore('a');
  await enrol(store);
  await setBilirubin(store, 342);
  return store;
}

async function unlocked(name = 'Data management, site 03'): Promise<{ pair: Awaited<ReturnType<typeof createKeyPair>>; key: UnlockedKey }> {
  const pair = await createKeyPair({ name, passphrase: PASSPHRASE, created });
  return { pair, key: expectOk(await unlockPrivateKey(pair.privateFile, PASSPHRASE)) };
}

describe('recipient key pairs', () => {
  it('makes key files that read back with their own schemas; the private key is wrapped, not in the clear', async () => {
    const { privateFile, publicFile } = await createKeyPair({ name: '  Data management  ', passphrase: PASSPHRASE, created });
    expect(expectOk(parsePrivateKeyFile(keyFileText(privateFile)))).toEqual(privateFile);
    expect(expectOk(parsePublicKeyFile(keyFileText(publicFile)))).toEqual(publicFile);
    expect(privateFile).toMatchObject({ name: 'Data management', kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: MIN_PBKDF2_ITERATIONS } });
    expect(publicFile.fingerprint).toBe(privateFile.fingerprint);
    // No private JWK member, no PKCS#8 in plain base64url anywhere in the file.
    expect(keyFileText(privateFile)).not.toMatch(/"d"\s*:/);
    expect(Object.keys(publicFile).sort()).toEqual(['created', 'fingerprint', 'format', 'formatVersion', 'name', 'publicKey']);
  });

  it('a wrong passphrase does not open the private key', async () => {
    const { privateFile } = await createKeyPair({ name: 'DM', passphrase: PASSPHRASE, created });
    expect(await unlockPrivateKey(privateFile, 'correct horse battery stapl')).toEqual({ ok: false, issues: 'wrong-passphrase' });
  });

  it('the passphrase is compared after Unicode normalisation (the same text typed with composed or decomposed accents)', async () => {
    const composed = 'caf\u00e9 au lait, s\u2019il vous pla\u00eet';
    const { privateFile } = await createKeyPair({ name: 'DM', passphrase: composed, created });
    expect((await unlockPrivateKey(privateFile, composed.normalize('NFD'))).ok).toBe(true);
  });
});

describe('sealed bundles', () => {
  it('round trip: a real bundle sealed, unsealed with the passphrase, imported: the same projections as the laptop it came from', async () => {
    const a = await laptopWithData();
    const built = await exportFrom(a);
    const { pair, key } = await unlocked();
    const sealed = await sealBundle(built.bytes, pair.publicFile);
    expect(new TextDecoder().decode(sealed.subarray(0, SEALED_MAGIC.length))).toBe(SEALED_MAGIC);
    // Nothing of the data shows through: the subject code is in the zip's CSV, never in the sealed file.
    expect(new TextDecoder('latin1').decode(sealed)).not.toContain('03-001');

    const opened = expectOk(await unsealBundle(sealed, key));
    expect(opened).toEqual(built.bytes);
    const b = await freshStore('b');
    expectOk(await importBundle(b, read(opened), DATA_MANAGER));
    const [from, to] = [await snapshot(a), await snapshot(b)];
    expect(to.events).toEqual(from.events);
    expect(to.subjects).toEqual(from.subjects);
    expect(to.visits).toEqual(from.visits);
    expect(to.entries).toEqual(from.entries);
  });

  it('sealing twice gives different files (fresh ephemeral key, salt and nonce), both open', async () => {
    const { pair, key } = await unlocked();
    const bundle = new TextEncoder().encode('PK not really a zip, but any bytes can be sealed');
    const [one, two] = [await sealBundle(bundle, pair.publicFile), await sealBundle(bundle, pair.publicFile)];
    expect(one).not.toEqual(two);
    expect(expectOk(await unsealBundle(one, key))).toEqual(bundle);
    expect(expectOk(await unsealBundle(two, key))).toEqual(bundle);
  });

  it('a bundle sealed for another key is refused, naming whose key it needs', async () => {
    const { pair: forLi } = await unlocked('Li Wei, data management');
    const { key: mine } = await unlocked('Someone else');
    const sealed = await sealBundle(new Uint8Array([1, 2, 3]), forLi.publicFile);
    expect(await unsealBundle(sealed, mine)).toEqual({
      ok: false,
      issues: { kind: 'wrong-key', recipient: { name: 'Li Wei, data management', fingerprint: forLi.publicFile.fingerprint }, offered: mine.fingerprint },
    });
  });

  it('one flipped byte anywhere in the file is refused', async () => {
    const { pair, key } = await unlocked();
    const bundle = new Uint8Array(300).map((_, i) => (i * 7) % 256);
    const sealed = await sealBundle(bundle, pair.publicFile);
    const kinds = new Set<string>();
    for (let at = 0; at < sealed.length; at += 1) {
      for (const mask of [0x01, 0x80]) {
        const copy = sealed.slice();
        copy[at] = (copy[at] ?? 0) ^ mask;
        const result = await unsealBundle(copy, key);
        if (result.ok) throw new Error(`byte ${at} ^ ${mask} was not noticed`);
        kinds.add(result.issues.kind);
      }
    }
    // Header bytes fail its checks or the authentication; the ciphertext always fails the authentication.
    expect([...kinds].sort()).toEqual(['header', 'tampered', 'wrong-key']);
  });

  it('a file cut short, or with bytes appended, is refused before decrypting', async () => {
    const { pair, key } = await unlocked();
    const sealed = await sealBundle(new Uint8Array(64), pair.publicFile);
    for (const changed of [sealed.subarray(0, sealed.length - 1), new Uint8Array([...sealed, 0])]) {
      const result = await unsealBundle(changed, key);
      expect(result).toMatchObject({ ok: false, issues: { kind: 'header', issues: [{ code: 'size-mismatch', path: ['ciphertext'] }] } });
    }
  });
});
