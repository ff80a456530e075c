/**
 * renderer/features/keys: recipient key pairs and sealed (encrypted) CRF bundles (docs/bundle-format.md,
 * "Sealed bundles"; docs/guide-data-manager.md).
 *
 * - KeysPanel: Settings → "Bundle encryption keys" (recipients, own keys, create a key pair).
 * - RecipientChoice: "Encrypt for a recipient" on the export form.
 * - UnsealBundle: asks for the private key and passphrase of a sealed bundle being imported.
 * - recipient-crypto: the WebCrypto operations (create, unlock, seal, unseal).
 */
export { KeysPanel } from './KeysPanel';
export { RecipientChoice, type SealChoice } from './RecipientChoice';
export { UnsealBundle } from './UnsealBundle';
export { createKeyPair, sealBundle, unlockPrivateKey, unsealBundle, type UnlockedKey, type UnsealFailure } from './recipient-crypto';
