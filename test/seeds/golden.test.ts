import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scheduleJson } from '../../electron/cli/protocol-commands';
import { allAllocations } from '../../shared/protocol';
import { planVisits, visitPlan } from '../../shared/schedule';
import { seed, SEED_IDS } from './load-seeds';

/**
 * Golden visit plans, checked by hand against domain.md §1 and §4 (see seeds/README.md): "all" is what
 * `ecrf protocol schedule FILE --json` prints; "paths" lists the visits of each arm in each stage.
 */
describe.each(SEED_IDS)('golden schedule of %s', (id) => {
  const golden = JSON.parse(readFileSync(join(__dirname, 'golden', `${id}.json`), 'utf8')) as { all: unknown; paths: Record<string, string[]> };
  const p = seed(id);

  it('every visit of every arm and stage', () => {
    const plan = visitPlan(p, {});
    expect(plan.ok && scheduleJson(plan.value)).toEqual(golden.all);
  });

  it('the visits of each arm in each stage', () => {
    const paths = Object.fromEntries(allAllocations(p).map((a) => [`${a.arm}@${a.stage}`, planVisits(p, [a]).map((v) => v.visit)]));
    expect(paths).toEqual(golden.paths);
  });
});
