/**
 * The protocols the command line reads bundles with: the seeds the app ships (seeds/*.json, bundled
 * into the CLI like the app's built-in protocols) and, with --protocol-file, one more definition.
 */
import { protocolIdentity, type BundleManifest, type ProtocolIdentity } from '../../shared/export';
import { inspectProtocol, parseJsonText, parseProtocol, SHIPPED_CATALOGUE, type Protocol } from '../../shared/protocol';
import esld from '../../seeds/ESLD-UCMSC-DOSE.json';
import nct03668171 from '../../seeds/NCT03668171.json';
import nct05121870 from '../../seeds/NCT05121870.json';
import nct05985863 from '../../seeds/NCT05985863.json';
import nct06884904 from '../../seeds/NCT06884904.json';
import { readTextFile } from './read-text-file';

/** Every seeds/*.json protocol definition, by file name (test/cli checks the list is complete). */
export const SEED_DEFINITIONS: Readonly<Record<string, unknown>> = {
  'ESLD-UCMSC-DOSE.json': esld,
  'NCT03668171.json': nct03668171,
  'NCT05121870.json': nct05121870,
  'NCT05985863.json': nct05985863,
  'NCT06884904.json': nct06884904,
};

export interface ProtocolSet {
  /** The --protocol-file protocol first (it takes precedence), then the seeds. */
  readonly protocols: readonly Protocol[];
  readonly identities: readonly ProtocolIdentity[];
}

let seeds: Protocol[] | undefined;

function seedProtocols(): Protocol[] {
  if (seeds !== undefined) return seeds;
  seeds = Object.entries(SEED_DEFINITIONS).map(([file, definition]) => {
    const parsed = parseProtocol(definition, SHIPPED_CATALOGUE);
    // A shipped seed that does not parse is a build defect (test/seeds guards it), not a user's error.
    if (!parsed.ok) throw new Error(`the shipped seed ${file} does not parse: ${parsed.issues[0]?.message ?? ''}`);
    return parsed.value;
  });
  return seeds;
}

/** The seeds, plus the protocol of `extraFile` when given; an unreadable or invalid file is an error. */
export function loadProtocols(extraFile: string | undefined): { ok: true; set: ProtocolSet } | { ok: false; message: string } {
  const protocols = [...seedProtocols()];
  if (extraFile !== undefined) {
    const read = readTextFile(extraFile);
    if (!read.ok) return { ok: false, message: read.message };
    const json = parseJsonText(read.text);
    if (!json.ok) return { ok: false, message: `${extraFile}:${json.line}:${json.column}: not valid JSON: ${json.message}` };
    const { protocol, issues } = inspectProtocol(json.value, SHIPPED_CATALOGUE);
    if (protocol === undefined) {
      const errors = issues.filter((i) => i.severity === 'error').length;
      return { ok: false, message: `${extraFile}: the protocol has ${errors} error${errors === 1 ? '' : 's'}; run "ecrf protocol check ${extraFile}"` };
    }
    protocols.unshift(protocol);
  }
  return { ok: true, set: { protocols, identities: protocols.map(protocolIdentity) } };
}

/** The protocol a bundle's manifest names (id, version and content hash). */
export function protocolOf(set: ProtocolSet, named: BundleManifest['protocol']): Protocol | undefined {
  const index = set.identities.findIndex((p) => p.id === named.id && p.version === named.version && p.contentHash === named.contentHash);
  return index === -1 ? undefined : set.protocols[index];
}
