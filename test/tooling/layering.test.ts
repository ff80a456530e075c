import { mkdtempSync, mkdirSync, writeFileSync, rmSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import { cruise, type ICruiseOptions, type IViolation } from 'dependency-cruiser';

const require = createRequire(import.meta.url);
const root = resolve(__dirname, '../..');
const ruleSet = require(join(root, '.dependency-cruiser.cjs')) as { forbidden: unknown; options: ICruiseOptions };

async function violationsIn(baseDir: string): Promise<IViolation[]> {
  const result = await cruise(['shared', 'renderer', 'electron'], {
    ...ruleSet.options,
    baseDir,
    tsConfig: { fileName: join(root, 'tsconfig.json') },
    ruleSet: { forbidden: ruleSet.forbidden },
    validate: true,
  } as ICruiseOptions);
  if (typeof result.output === 'string') throw new Error('unexpected string output');
  return result.output.summary.violations;
}

describe('layering check (dependency-cruiser rules in .dependency-cruiser.cjs)', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'ecrf-layering-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  const write = (rel: string, text: string) => {
    const file = join(tmp, rel);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  };

  it('finds no forbidden import in the real source tree', async () => {
    const violations = await violationsIn(root);
    expect(violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`)).toEqual([]);
  });

  it('fails on each forbidden direction', async () => {
    copyFileSync(join(root, 'tsconfig.json'), join(tmp, 'tsconfig.json'));
    write('shared/ok.ts', 'export const ok = 1;\n');
    write('shared/uses-node.ts', "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n");
    write('shared/uses-renderer.ts', "import { r } from '../renderer/thing';\nexport const x = r;\n");
    write('renderer/thing.ts', "import { m } from '../electron/main/thing';\nexport const r = m;\n");
    write('electron/main/thing.ts', "import { r } from '../../renderer/other';\nexport const m = r;\n");
    write('renderer/other.ts', "import { ok } from '../shared/ok';\nexport const r = ok;\n");
    const names = (await violationsIn(tmp)).map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`).sort();
    expect(names).toEqual([
      'electron-not-renderer: electron/main/thing.ts -> renderer/other.ts',
      'renderer-not-electron: renderer/thing.ts -> electron/main/thing.ts',
      'shared-is-pure: shared/uses-node.ts -> fs',
      'shared-is-pure: shared/uses-renderer.ts -> renderer/thing.ts',
      'shared-no-node-builtins: shared/uses-node.ts -> fs',
    ]);
  });
});
