import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseProtocol, SHIPPED_CATALOGUE, type Protocol } from '../../../../shared/protocol';

export const REPO_ROOT = resolve(__dirname, '../../../..');

/** Every protocol the app ships with (seeds/*.json), parsed. */
export function loadSeeds(): { readonly file: string; readonly protocol: Protocol }[] {
  const dir = join(REPO_ROOT, 'seeds');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'protocol.schema.json')
    .sort()
    .map((file) => {
      const parsed = parseProtocol(JSON.parse(readFileSync(join(dir, file), 'utf8')), SHIPPED_CATALOGUE);
      if (!parsed.ok) throw new Error(`seed ${file} does not parse: ${JSON.stringify(parsed.issues.slice(0, 3))}`);
      return { file, protocol: parsed.value };
    });
}

export const seedProtocol = (id: string): Protocol => {
  const found = loadSeeds().find((s) => s.protocol.id === id);
  if (found === undefined) throw new Error(`no seed ${id}`);
  return found.protocol;
};
