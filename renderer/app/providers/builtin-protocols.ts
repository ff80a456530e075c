import { SHIPPED_CATALOGUE, parseProtocol, type Protocol } from '../../../shared/protocol';
import esld from '../../../seeds/ESLD-UCMSC-DOSE.json';
import nct03668171 from '../../../seeds/NCT03668171.json';
import nct05121870 from '../../../seeds/NCT05121870.json';
import nct05985863 from '../../../seeds/NCT05985863.json';
import nct06884904 from '../../../seeds/NCT06884904.json';

/** The five protocol definitions the app ships with, as their JSON values. */
export const BUILT_IN_DEFINITIONS: readonly unknown[] = [nct05985863, nct03668171, nct06884904, nct05121870, esld];

export interface BuiltInLoad {
  readonly protocols: readonly Protocol[];
  /** A shipped seed that does not parse is a build defect; it is shown, never hidden. */
  readonly problems: readonly string[];
}

/** Parses the shipped seeds (once, at start-up). */
export function loadBuiltInProtocols(definitions: readonly unknown[] = BUILT_IN_DEFINITIONS): BuiltInLoad {
  const protocols: Protocol[] = [];
  const problems: string[] = [];
  definitions.forEach((definition, index) => {
    const parsed = parseProtocol(definition, SHIPPED_CATALOGUE);
    if (parsed.ok) protocols.push(parsed.value);
    else problems.push(`seed ${index + 1}: ${parsed.issues.map((i) => i.message).join('; ')}`);
  });
  return { protocols, problems };
}
