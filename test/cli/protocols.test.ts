import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProtocols, SEED_DEFINITIONS } from '../../electron/cli/protocols';

describe('the protocols the command line reads bundles with', () => {
  it('are every seeds/*.json definition', () => {
    const files = readdirSync(join(__dirname, '../../seeds')).filter((f) => f.endsWith('.json') && f !== 'protocol.schema.json');
    expect(Object.keys(SEED_DEFINITIONS).sort()).toEqual(files.sort());
    const loaded = loadProtocols(undefined);
    expect(loaded.ok && loaded.set.protocols.length).toBe(files.length);
  });
});
