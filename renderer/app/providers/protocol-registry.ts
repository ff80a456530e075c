import { compareVersions } from '../../../shared/care/protocol-versions';
import { SHIPPED_CATALOGUE, parseProtocol, type Protocol } from '../../../shared/protocol';
import { parseJsonText } from '../../../shared/protocol';
import type { ImportedProtocolText } from '../../db/protocol-reads';
import type { BuiltInLoad } from './builtin-protocols';
import type { LoadedProtocol, ProtocolsValue, UnreadableProtocol } from './protocols-context';

/** Parses the imported definitions and merges them with the built-in ones into one lookup. */
export function buildRegistry(builtIn: BuiltInLoad, imported: readonly ImportedProtocolText[]): ProtocolsValue {
  const loaded: LoadedProtocol[] = builtIn.protocols.map((protocol) => ({ protocol, source: 'built-in' }));
  const unreadable: UnreadableProtocol[] = [];
  for (const { row, text } of imported) {
    if (loaded.some((l) => l.protocol.id === row.protocolId && l.protocol.version === row.version)) continue;
    if (text === undefined) {
      unreadable.push({ row, issues: [{ path: [], message: 'the stored definition is missing or does not match its hash', severity: 'error' }] });
      continue;
    }
    const json = parseJsonText(text);
    const parsed = json.ok ? parseProtocol(json.value, SHIPPED_CATALOGUE) : undefined;
    if (parsed?.ok === true) loaded.push({ protocol: parsed.value, source: 'imported', imported: row });
    else unreadable.push({ row, issues: parsed === undefined ? [{ path: [], message: json.ok ? 'unreadable' : json.message, severity: 'error' }] : parsed.issues });
  }
  const order = [...new Set(loaded.map((l) => l.protocol.id))];
  const all = [...loaded].sort(
    (a, b) => order.indexOf(a.protocol.id) - order.indexOf(b.protocol.id) || compareVersions(b.protocol.version, a.protocol.version),
  );
  const current = order.flatMap((id) => all.filter((l) => l.protocol.id === id).slice(0, 1));
  const get = (id: string, version: string): Protocol | undefined => all.find((l) => l.protocol.id === id && l.protocol.version === version)?.protocol;
  const latest = (id: string): Protocol | undefined => current.find((l) => l.protocol.id === id)?.protocol;
  return { all, current, get, latest, unreadable, builtInProblems: builtIn.problems };
}
