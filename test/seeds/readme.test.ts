import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assumptionsMarkdown } from '../../electron/cli/assumptions-markdown';
import { seed, SEED_IDS, SEEDS_DIR } from './load-seeds';

const readme = readFileSync(join(SEEDS_DIR, 'README.md'), 'utf8');

describe('seeds/README.md', () => {
  it.each(SEED_IDS)('lists every assumption of %s exactly as `ecrf protocol assumptions` prints it', (id) => {
    const section = new RegExp(`<!-- assumptions:${id}:start -->\\n([\\s\\S]*?)<!-- assumptions:${id}:end -->`).exec(readme);
    expect(section, `markers for ${id}`).not.toBeNull();
    expect(section?.[1]).toBe(assumptionsMarkdown(seed(id)));
  });
});
