import { formatFingerprint } from '../../../shared/export/sealed';

/** A fingerprint in groups of four hex digits, monospace, for reading aloud on the phone. */
export function Fingerprint({ value }: { readonly value: string }) {
  return <code className="key-fingerprint">{formatFingerprint(value)}</code>;
}
