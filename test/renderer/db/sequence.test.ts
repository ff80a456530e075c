import { describe, expect, it } from 'vitest';
import { chainHead, openQuery, screenSubject, setItemValue, verifyAllChains, type SaveOutcome } from '../../../renderer/db';
import type { CrfEvent } from '../../../shared/events';
import { LAB } from '../../shared/events/builders';
import { expectOk, MONITOR, NURSE, openTestStore } from './helpers';

const screening = { siteId: '03', screenedOn: '2025-02-27', answers: [], result: 'pending' as const };

describe('sequence numbers per device', () => {
  it('have no gaps or duplicates under many concurrent writes', async () => {
    const store = await openTestStore();
    expectOk(await screenSubject(store, NURSE, 'subj-1', screening));
    const writes = Array.from({ length: 40 }, (_, i) =>
      i % 4 === 3
        ? openQuery(store, MONITOR, { subjectId: 'subj-1' }, `query ${i}`)
        : setItemValue(store, NURSE, { ...LAB, itemId: `item${i}` }, { entered: String(i), value: i }),
    );
    const seqOf = (value: CrfEvent | SaveOutcome) => ('seq' in value ? value.seq : value.status === 'saved' ? value.event.seq : 0);
    const seqs = (await Promise.all(writes)).map((r) => seqOf(expectOk<CrfEvent | SaveOutcome, unknown>(r)));
    expect([...seqs].sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 2));
    expect(await chainHead(store)).toMatchObject({ seq: 41 });
    expect(await verifyAllChains(store)).toEqual([expect.objectContaining({ events: 41, head: expect.objectContaining({ seq: 41 }) })]);
    expect((await verifyAllChains(store))[0]?.problem).toBeUndefined();
  });

  it('stay gap-free when two connections (two windows) write to the same database at once', async () => {
    const first = await openTestStore({ name: 'two-windows', idPrefix: 'w1' });
    const second = await openTestStore({ name: 'two-windows', idPrefix: 'w2' });
    expect(second.deviceId).toBe(first.deviceId);
    expectOk(await screenSubject(first, NURSE, 'subj-1', screening));
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        setItemValue(i % 2 === 0 ? first : second, NURSE, { ...LAB, itemId: `item${i}` }, { entered: String(i), value: i }),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const events = await first.db.events.toArray();
    expect(events.map((e) => e.seq)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    expect((await verifyAllChains(first))[0]).toMatchObject({ events: 21 });
    expect((await verifyAllChains(first))[0]?.problem).toBeUndefined();
  });
});
