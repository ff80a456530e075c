/**
 * Summarises a CPU profile the bench recorded (`npm run bench -- --profile=export` writes
 * test-results/bench-export.cpuprofile): the functions with the most time of their own, then the most time
 * including what they call.
 *
 *   npx tsx test/bench/profile-summary.ts test-results/bench-export.cpuprofile [rows]
 */
import { readFileSync } from 'node:fs';

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
}
interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
  readonly children?: readonly number[];
}
interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

const [file, rowsArg] = process.argv.slice(2);
if (file === undefined) {
  console.error('usage: profile-summary.ts <file.cpuprofile> [rows]');
  process.exit(2);
}
const rows = Number(rowsArg ?? 40);
const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

const self = new Map<number, number>();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const total = profile.timeDeltas.reduce((a, b) => a + b, 0);

const name = (frame: CallFrame): string => `${frame.functionName || '(anonymous)'} ${frame.url.split('/').at(-1) ?? ''}`.trim();
const selfByName = new Map<string, number>();
const inclusiveByName = new Map<string, number>();
for (const [id, micros] of self) {
  const node = nodes.get(id);
  if (node === undefined) continue;
  const own = name(node.callFrame);
  selfByName.set(own, (selfByName.get(own) ?? 0) + micros);
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const frame = nodes.get(at)?.callFrame;
    if (frame === undefined) break;
    const key = name(frame);
    if (seen.has(key)) continue;
    seen.add(key);
    inclusiveByName.set(key, (inclusiveByName.get(key) ?? 0) + micros);
  }
}

const print = (title: string, table: Map<string, number>): void => {
  console.log(`\n${title}`);
  for (const [key, micros] of [...table].sort((a, b) => b[1] - a[1]).slice(0, rows)) {
    console.log(`${(micros / 1000).toFixed(0).padStart(8)} ms ${((100 * micros) / total).toFixed(1).padStart(5)} %  ${key}`);
  }
};
console.log(`${file}: ${(total / 1000).toFixed(0)} ms sampled`);
print('self time', selfByName);
print('total time (including callees)', inclusiveByName);
