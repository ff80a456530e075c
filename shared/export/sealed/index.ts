/**
 * shared/export/sealed: the pure half of sealed (encrypted) CRF bundles and recipient key files.
 *
 * Purpose: zod schemas of the public key file, the private key file and the sealed bundle's header;
 * reading them with issues that carry JSON paths; the byte layout of a sealed bundle; fingerprints.
 * Non-goals: any encryption or randomness (WebCrypto, in renderer/features/keys). Format:
 * docs/bundle-format.md, "Sealed bundles".
 */
export * from './format';
export { fromBase64url, toBase64url } from './base64url';
export { fingerprintOf, formatFingerprint, rawPublicKey, shortFingerprint, type EcPublicJwk } from './fingerprint';
export { sealedIssue, type SealedIssue, type SealedIssueCode } from './issues';
export {
  ecPublicJwkSchema,
  fingerprintSchema,
  keyNameSchema,
  privateKeyFileSchema,
  publicKeyFileSchema,
  publicKeyOf,
  sealedHeaderSchema,
  type PrivateKeyFile,
  type PublicKeyFile,
  type SealedHeader,
} from './schemas';
export { isSealedBundle, keyFileText, parsePrivateKeyFile, parsePublicKeyFile, parseSealedBundle, sealedPrefix, type SealedParts } from './parse-files';
