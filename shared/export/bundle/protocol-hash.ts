import { canonicalize, sha256Hex } from '../../events';
import type { Protocol } from '../../protocol';

/** Which protocol a bundle's data belongs to. */
export interface ProtocolIdentity {
  readonly id: string;
  readonly version: string;
  /** SHA-256 of the canonical JSON of the parsed protocol (see below). */
  readonly contentHash: string;
}

/**
 * SHA-256 (hex) of the protocol in the events' canonical form (sorted keys, NFC strings, shortest
 * numbers), taken after parseProtocol: two copies of a definition that differ only in key order or
 * whitespace hash the same; any change a reader could see changes it.
 */
export const protocolContentHash = (protocol: Protocol): string => sha256Hex(canonicalize(protocol));

export const protocolIdentity = (protocol: Protocol): ProtocolIdentity => ({
  id: protocol.id,
  version: protocol.version,
  contentHash: protocolContentHash(protocol),
});
