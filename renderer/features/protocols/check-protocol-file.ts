import { canonicalize } from '../../../shared/events';
import type { Issue } from '../../../shared/lib/result';
import { inspectProtocol, parseJsonText, SHIPPED_CATALOGUE, type Protocol } from '../../../shared/protocol';
import type { ProtocolsValue } from '../../app/providers';

export type ProtocolFileCheck =
  | { readonly kind: 'issues'; readonly issues: readonly Issue[] }
  | { readonly kind: 'known'; readonly protocol: Protocol }
  | { readonly kind: 'version-taken'; readonly protocol: Protocol }
  | { readonly kind: 'ready'; readonly protocol: Protocol; readonly warnings: readonly Issue[] };

const sameContent = (a: unknown, b: unknown): boolean => {
  try {
    return canonicalize(a) === canonicalize(b);
  } catch {
    return false;
  }
};

/**
 * A protocol definition file before import: JSON syntax (with line and column), the schema and every
 * cross-reference (issues with JSON paths), then the version rule: a version never changes, so the same
 * id and version with other content is refused, and the same content is already here.
 */
export function checkProtocolFile(text: string, protocols: ProtocolsValue): ProtocolFileCheck {
  const json = parseJsonText(text);
  if (!json.ok) return { kind: 'issues', issues: [{ path: [], message: `line ${json.line}, column ${json.column}: ${json.message}`, severity: 'error' }] };
  const inspection = inspectProtocol(json.value, SHIPPED_CATALOGUE);
  if (inspection.protocol === undefined) return { kind: 'issues', issues: inspection.issues };
  const protocol = inspection.protocol;
  const existing = protocols.get(protocol.id, protocol.version);
  if (existing !== undefined) return sameContent(existing, protocol) ? { kind: 'known', protocol } : { kind: 'version-taken', protocol };
  return { kind: 'ready', protocol, warnings: inspection.issues };
}
