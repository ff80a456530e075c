import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  causalOrder,
  compareConcurrent,
  hasSeen,
  MemoryProjection,
  revisionOf,
  sealEvent,
  type ChainHead,
  type CrfEvent,
} from '../../../shared/events';
import { draftsFor, LAB, sealChain } from './builders';

describe('hasSeen', () => {
  const e = { deviceId: 'a', seq: 5, knownHeads: { b: 3 } };
  it.each([
    [{ deviceId: 'a', seq: 4 }, true],
    [{ deviceId: 'a', seq: 5 }, false],
    [{ deviceId: 'b', seq: 3 }, true],
    [{ deviceId: 'b', seq: 4 }, false],
    [{ deviceId: 'c', seq: 1 }, false],
  ])('an event at a:5 that knew b:3 has seen %o: %s', (rev, seen) => {
    expect(hasSeen(e, rev)).toBe(seen);
  });
});

describe('causalOrder', () => {
  it('puts an event after what it saw, even when its clock is behind', () => {
    const a = sealChain([draftsFor('dev-a', Date.UTC(2025, 5, 1)).value(LAB, 1)]);
    const b = sealChain([{ ...draftsFor('dev-b', Date.UTC(2025, 0, 1)).value(LAB, 2), knownHeads: { 'dev-a': 1 } }]);
    const ordered = causalOrder([...b, ...a]);
    expect(ordered.ok && ordered.value.map((e) => e.deviceId)).toEqual(['dev-a', 'dev-b']);
  });

  it('orders unrelated events by time, then device', () => {
    const a = sealChain([draftsFor('dev-a', Date.UTC(2025, 0, 2)).value(LAB, 1)]);
    const b = sealChain([draftsFor('dev-b', Date.UTC(2025, 0, 1)).value(LAB, 2)]);
    const ordered = causalOrder([...a, ...b]);
    expect(ordered.ok && ordered.value.map((e) => e.deviceId)).toEqual(['dev-b', 'dev-a']);
  });

  it('continues from what is already applied, and names a missing ancestor', () => {
    const b = sealChain([{ ...draftsFor('dev-b').value(LAB, 2), knownHeads: { 'dev-a': 4 } }]);
    expect(causalOrder(b, { 'dev-a': 4 })).toMatchObject({ ok: true });
    expect(causalOrder(b, { 'dev-a': 3 })).toMatchObject({ ok: false, issues: { deviceId: 'dev-a', seq: 4, neededBy: { deviceId: 'dev-b', seq: 1 } } });
  });
});

/*
 * Convergence: devices edit two items and exchange events at random. Whatever causal order the
 * events are applied in, every projection shows the same items, and an item keeps exactly the
 * versions no other version of it has seen (checked against a brute-force oracle).
 */
type Step = { kind: 'write'; device: number; item: number; value: number } | { kind: 'sync'; from: number; to: number };

const DEVICES = ['dev-a', 'dev-b', 'dev-c'] as const;
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('write' as const), device: fc.nat(2), item: fc.nat(1), value: fc.integer({ min: 0, max: 999 }) }),
  fc.record({ kind: fc.constant('sync' as const), from: fc.nat(2), to: fc.nat(2) }),
);

function simulate(steps: readonly Step[]): CrfEvent[] {
  const drafts = DEVICES.map((id, i) => draftsFor(id, Date.UTC(2025, 0, 1) + i * 500));
  const heads: (ChainHead | null)[] = DEVICES.map(() => null);
  const knows = DEVICES.map(() => new Map<string, number>());
  const events: CrfEvent[] = [];
  for (const s of steps) {
    if (s.kind === 'sync') {
      for (const [d, seq] of knows[s.from] ?? []) if (d !== DEVICES[s.to]) knows[s.to]?.set(d, Math.max(seq, knows[s.to]?.get(d) ?? 0));
      const fromHead = heads[s.from];
      if (fromHead !== null && fromHead !== undefined && s.from !== s.to) knows[s.to]?.set(fromHead.deviceId, fromHead.seq);
      continue;
    }
    const d = drafts[s.device];
    const known = Object.fromEntries(knows[s.device] ?? []);
    if (d === undefined) continue;
    const draft = { ...d.value({ ...LAB, itemId: `item${s.item}` }, s.value), ...(Object.keys(known).length > 0 ? { knownHeads: known } : {}) };
    const sealed = sealEvent(draft, heads[s.device] ?? null);
    if (!sealed.ok) throw new Error(JSON.stringify(sealed.issues));
    events.push(sealed.value);
    heads[s.device] = { deviceId: sealed.value.deviceId, seq: sealed.value.seq, hash: sealed.value.hash };
  }
  return events;
}

/** A random order that still respects causality: repeatedly pick any event whose ancestry is in. */
function randomCausalOrder(events: readonly CrfEvent[], choices: readonly number[]): CrfEvent[] {
  const left = [...events];
  const done = new Map<string, number>();
  const out: CrfEvent[] = [];
  let c = 0;
  while (left.length > 0) {
    const ready = left.filter(
      (e) => (done.get(e.deviceId) ?? 0) === e.seq - 1 && Object.entries(e.knownHeads ?? {}).every(([d, s]) => (done.get(d) ?? 0) >= s),
    );
    const pick = ready[(choices[c++ % Math.max(1, choices.length)] ?? 0) % ready.length];
    if (pick === undefined) throw new Error('no ready event');
    out.push(pick);
    done.set(pick.deviceId, pick.seq);
    left.splice(left.indexOf(pick), 1);
  }
  return out;
}

const itemsOf = (events: readonly CrfEvent[]) => {
  const p = new MemoryProjection();
  for (const e of events) p.apply(e);
  return p.entry({ ...LAB, recordId: '' })?.items ?? {};
};

describe('concurrent edits converge', () => {
  it('property: every causal order gives the same items, holding exactly the unseen versions', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 30 }), fc.array(fc.nat(), { minLength: 1, maxLength: 40 }), (steps, choices) => {
        const events = simulate(steps);
        const canonical = causalOrder(events);
        if (!canonical.ok) throw new Error('causalOrder failed on a complete history');
        const items = itemsOf(canonical.value);
        expect(itemsOf(randomCausalOrder(events, choices))).toEqual(items);

        for (const item of ['item0', 'item1']) {
          const versions = events.filter((e) => e.itemId === item);
          const maximal = versions.filter((v) => !versions.some((w) => w !== v && hasSeen(w, v)));
          const shown = items[item];
          const expectedIds = maximal.map((m) => m.id).sort();
          const shownIds = shown === undefined ? [] : [shown.current, ...shown.concurrent].map((v) => v.stamp.eventId).sort();
          expect(shownIds).toEqual(expectedIds);
          const winner = [...maximal].sort((a, b) => compareConcurrent(revisionOf(b), revisionOf(a)))[0];
          expect(shown?.current.stamp.eventId).toBe(winner?.id);
        }
      }),
      { numRuns: 200 },
    );
  });
});
