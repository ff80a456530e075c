/** Reads the shipped seeds for the seed tests (not a test file). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseProtocol, SHIPPED_CATALOGUE, type Protocol } from '../../shared/protocol';

export const SEEDS_DIR = join(__dirname, '../../seeds');
export const SEED_IDS = ['NCT05985863', 'NCT03668171', 'NCT06884904', 'NCT05121870', 'ESLD-UCMSC-DOSE'] as const;
export type SeedId = (typeof SEED_IDS)[number];

export const seedFiles = (): string[] => readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.json') && f !== 'protocol.schema.json').sort();

export const seedJson = (id: string): unknown => JSON.parse(readFileSync(join(SEEDS_DIR, `${id}.json`), 'utf8'));

export function seed(id: SeedId): Protocol {
  const result = parseProtocol(seedJson(id), SHIPPED_CATALOGUE);
  if (!result.ok) throw new Error(`${id} does not parse: ${JSON.stringify(result.issues)}`);
  return result.value;
}
