import { readFileSync } from 'node:fs';
import { parseProtocol, SHIPPED_CATALOGUE, type Protocol } from '../../../shared/protocol';

/** A shipped seed, parsed (the tests fail loudly if it no longer parses). */
export function seedProtocol(id: string): Protocol {
  const parsed = parseProtocol(JSON.parse(readFileSync(`seeds/${id}.json`, 'utf8')), SHIPPED_CATALOGUE);
  if (!parsed.ok) throw new Error(`seed ${id} does not parse: ${parsed.issues.map((i) => i.message).join('; ')}`);
  return parsed.value;
}
