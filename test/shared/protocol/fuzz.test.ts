import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc, { type JsonValue } from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inspectProtocol, SHIPPED_CATALOGUE, type ProtocolInspection } from '../../../shared/protocol';
import { aProtocol, FAKE_CATALOGUE } from './builders';

const seedsDir = join(__dirname, '../../../seeds');
const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.json') && f !== 'protocol.schema.json')
  .map((f) => JSON.parse(readFileSync(join(seedsDir, f), 'utf8')) as unknown);

/** The parser's promise: a result whatever the input, never a throw and never an internal failure. */
function expectWellFormed(inspection: ProtocolInspection): void {
  for (const issue of inspection.issues) {
    expect(Array.isArray(issue.path)).toBe(true);
    expect(issue.message).not.toMatch(/could not be checked/);
  }
  if (inspection.protocol === undefined) expect(inspection.issues.some((i) => i.severity === 'error')).toBe(true);
}

type Json = JsonValue;

/** Every path to a value inside a JSON document. */
function pathsOf(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((v, i) => pathsOf(v, [...prefix, i]))];
  if (value !== null && typeof value === 'object') return [prefix, ...Object.entries(value).flatMap(([k, v]) => (v === undefined ? [] : pathsOf(v, [...prefix, k])))];
  return [prefix];
}

/** Replaces (or, with `undefined`, deletes) the value at a path in a deep copy. */
function mutate(doc: Json, path: (string | number)[], replacement: Json | undefined): Json {
  if (path.length === 0) return replacement ?? null;
  const copy = structuredClone(doc);
  let parent = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path[path.length - 1] as string | number;
  if (replacement === undefined) {
    if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
    else delete parent[last];
  } else parent[last] = replacement;
  return copy;
}

describe('parser robustness (fast-check)', () => {
  it('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => expectWellFormed(inspectProtocol(value, FAKE_CATALOGUE))),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary objects shaped a little like protocols', () => {
    const shaped = fc.record(
      { id: fc.string(), visits: fc.array(fc.jsonValue()), forms: fc.array(fc.jsonValue()), arms: fc.array(fc.jsonValue()), stages: fc.array(fc.jsonValue()) },
      { requiredKeys: [] },
    );
    fc.assert(fc.property(shaped, (value) => expectWellFormed(inspectProtocol({ ...aProtocol(), ...value }, FAKE_CATALOGUE))), { numRuns: 200 });
  });

  it('never throws when a seed has one value replaced or deleted anywhere', () => {
    const docs = [...seeds, aProtocol()] as Json[];
    const mutation = fc
      .nat({ max: docs.length - 1 })
      .chain((d) => {
        const doc = docs[d] as Json;
        const paths = pathsOf(doc);
        return fc.record({
          doc: fc.constant(doc),
          path: fc.constantFrom(...paths),
          replacement: fc.option(fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom<Json[]>('w0', 'labs', 'control', 'bilirubin', 1, -1, 0, 2, [], {})), { nil: undefined }),
        });
      });
    fc.assert(
      fc.property(mutation, ({ doc, path, replacement }) => {
        expectWellFormed(inspectProtocol(mutate(doc, path, replacement), SHIPPED_CATALOGUE));
      }),
      { numRuns: 400 },
    );
  });
});
