import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalize, hashEvent, verifyChain, type CrfEvent, type CrfEventDraft } from '../../../shared/events';
import { draftsFor, LAB, sealChain, sealOne } from './builders';

// Random but valid drafts: numbers of any size, text in any script (lone surrogates included),
// optional reasons, so the canonical form is exercised well beyond hand-picked values.
const anyText = fc.string({ unit: 'binary', maxLength: 40 });
const someText = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter((s) => /\S/.test(s));

type Spec =
  | { kind: 'value'; itemId: string; value: number | string; entered: string; reason: string | null }
  | { kind: 'missing'; itemId: string; note: string }
  | { kind: 'query'; text: string }
  | { kind: 'cleared'; itemId: string };

const spec: fc.Arbitrary<Spec> = fc.oneof(
  fc.record({
    kind: fc.constant('value' as const),
    itemId: fc.constantFrom('alt', 'inr', 'bilirubin'),
    value: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), anyText),
    entered: anyText,
    reason: fc.option(someText),
  }),
  fc.record({ kind: fc.constant('missing' as const), itemId: fc.constantFrom('alt', 'inr'), note: someText }),
  fc.record({ kind: fc.constant('query' as const), text: someText }),
  fc.record({ kind: fc.constant('cleared' as const), itemId: fc.constantFrom('alt', 'inr') }),
);

function draftsOf(specs: readonly Spec[]): CrfEventDraft[] {
  const d = draftsFor('dev-a');
  return specs.map((s, i): CrfEventDraft => {
    switch (s.kind) {
      case 'value': {
        const draft = d.value({ ...LAB, itemId: s.itemId }, s.value, s.reason === null ? {} : { reason: s.reason });
        return { ...draft, payload: { ...draft.payload, entered: s.entered } };
      }
      case 'missing':
        return { ...d.missing({ ...LAB, itemId: s.itemId }), payload: { code: 'NOT DONE', note: s.note } };
      case 'query':
        return { ...d.queryOpened(LAB, `q-${i}`), payload: { queryId: `q-${i}`, text: s.text, system: i % 2 === 0 } };
      case 'cleared':
        return d.cleared({ ...LAB, itemId: s.itemId });
    }
  });
}

const chains = fc.array(spec, { minLength: 2, maxLength: 12 }).map((specs) => sealChain(draftsOf(specs)));

type Mutation =
  | { kind: 'edit'; index: number; field: 'at' | 'userId' | 'entered' | 'seq' | 'prevHash' | 'hash' | 'reason' | 'knownHeads' }
  | { kind: 'delete'; index: number }
  | { kind: 'swap'; a: number; b: number }
  | { kind: 'duplicate'; index: number; to: number }
  | { kind: 'insert'; after: number };

const mutation = (n: number): fc.Arbitrary<Mutation> => {
  const index = fc.nat(n - 1);
  return fc.oneof(
    fc.record({
      kind: fc.constant('edit' as const),
      index,
      field: fc.constantFrom('at', 'userId', 'entered', 'seq', 'prevHash', 'hash', 'reason', 'knownHeads'),
    }),
    // Cutting the last event off is the one change a chain cannot show by itself (see verifyChain).
    fc.record({ kind: fc.constant('delete' as const), index: fc.nat(n - 2) }),
    fc.record({ kind: fc.constant('swap' as const), a: index, b: index }).filter((m) => m.a !== m.b),
    fc.record({ kind: fc.constant('duplicate' as const), index, to: fc.nat(n) }),
    fc.record({ kind: fc.constant('insert' as const), after: fc.nat(n - 2) }),
  );
};

const flipHex = (h: string) => (h[0] === '0' ? '1' : '0') + h.slice(1);

function edit(e: CrfEvent, field: Extract<Mutation, { kind: 'edit' }>['field']): CrfEvent {
  switch (field) {
    case 'at':
      return { ...e, at: '2030-01-01T00:00:00.000Z' };
    case 'userId':
      return { ...e, userId: `${e.userId}x` };
    case 'entered':
      return e.type === 'item.valueSet' ? { ...e, payload: { ...e.payload, entered: `${e.payload.entered}0` } } : { ...e, formId: 'other' };
    case 'seq':
      return { ...e, seq: e.seq + 1 };
    case 'prevHash':
      return { ...e, prevHash: flipHex(e.prevHash) };
    case 'hash':
      return { ...e, hash: flipHex(e.hash) };
    case 'reason':
      return { ...e, reason: `${e.reason ?? ''}changed` };
    case 'knownHeads':
      return { ...e, knownHeads: { 'dev-z': 7 } };
  }
}

function mutate(chain: readonly CrfEvent[], m: Mutation): CrfEvent[] {
  const out = [...chain];
  const at = (i: number) => chain[i] as CrfEvent;
  switch (m.kind) {
    case 'edit':
      out[m.index] = edit(at(m.index), m.field);
      return out;
    case 'delete':
      out.splice(m.index, 1);
      return out;
    case 'swap':
      out[m.a] = at(m.b);
      out[m.b] = at(m.a);
      return out;
    case 'duplicate':
      out.splice(m.to, 0, at(m.index));
      return out;
    case 'insert': {
      const base = at(m.after);
      const forged = sealOne(draftsFor('dev-a', Date.UTC(2031, 0, 1)).value(LAB, 1), base);
      out.splice(m.after + 1, 0, forged);
      return out;
    }
  }
}

describe('hash chain properties', () => {
  it('any sequence of valid events, sealed in order, verifies', () => {
    fc.assert(
      fc.property(chains, (chain) => {
        const result = verifyChain(chain);
        expect(result).toEqual({ ok: true, value: { deviceId: 'dev-a', seq: chain.length, hash: chain.at(-1)?.hash } });
        for (const e of chain) expect(hashEvent(e)).toBe(e.hash);
      }),
    );
  });

  it('any single edit, deletion, swap, duplication or insertion is detected', () => {
    fc.assert(
      fc.property(
        chains.chain((chain) => fc.tuple(fc.constant(chain), mutation(chain.length))),
        ([chain, m]) => {
          const mutated = mutate(chain, m);
          fc.pre(mutated.map((e) => canonicalize(e)).join('\n') !== chain.map((e) => canonicalize(e)).join('\n'));
          expect(verifyChain(mutated).ok).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});
