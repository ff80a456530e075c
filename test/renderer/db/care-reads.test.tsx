import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { assignArm, closeStore, importAllocationList, openStore, type Store } from '../../../renderer/db';
import { allocationState, latestScreening, subjectsWithVisits } from '../../../renderer/db/care-reads';
import { useLiveQuery } from '../../../renderer/db/use-live-query';
import { enrolled, nurseCtx } from '../features/subjects/seed';

let store: Store | undefined;
let n = 0;

async function fresh(): Promise<Store> {
  n += 1;
  let ids = 0;
  const opened = await openStore({ name: `care-reads-${n}-${Date.now()}`, newId: () => `id-${(ids += 1)}` });
  if (!opened.ok) throw new Error('open');
  store = opened.value;
  return store;
}

afterEach(() => {
  if (store !== undefined) closeStore(store);
  store = undefined;
});

describe('care reads', () => {
  it('counts every kit a subject ever received, including the stage-1 kit of a re-randomised subject', async () => {
    const s = await fresh();
    await enrolled(s, 's-1', '03-001', '2025-02-10', { kit: 'K-1', arm: 'msc' });
    await enrolled(s, 's-2', '03-002', '2025-02-10', { kit: 'K-2', arm: 'control' });
    const r = await assignArm(s, nurseCtx(), 's-1', { kitNumber: 'K-21', arm: 'mscShort', stage: 2, source: 'allocation-list' });
    expect(r.ok).toBe(true);
    const list = await importAllocationList(s, { ...nurseCtx(), userId: 'dm', role: 'data-manager' }, { listId: 'L', stage: 1, entryCount: 1, text: 'list_id,protocol,stage,site,sequence,kit\nL,NCT05985863,1,03,1,K-1' });
    expect(list.ok).toBe(true);
    const state = await allocationState(s);
    expect([...state.usedKits].sort()).toEqual(['K-1', 'K-2', 'K-21']);
    expect(state.lists.map((l) => [l.row.listId, l.text?.startsWith('list_id')])).toEqual([['L', true]]);
    expect((await subjectsWithVisits(s)).map((x) => x.subject.code).sort()).toEqual(['03-001', '03-002']);
    expect((await latestScreening(s, 's-1'))?.payload.result).toBe('eligible');
  });
});

function Count({ source }: { source: Store }) {
  const subjects = useLiveQuery(() => subjectsWithVisits(source), [source]);
  return <p>{subjects.status === 'ready' ? `subjects: ${subjects.value.length}` : subjects.status}</p>;
}

describe('useLiveQuery', () => {
  it('loads, then follows committed writes', async () => {
    const s = await fresh();
    render(<Count source={s} />);
    expect(await screen.findByText('subjects: 0')).toBeInTheDocument();
    await act(async () => {
      await enrolled(s, 's-1', '03-001', '2025-02-10');
    });
    expect(await screen.findByText('subjects: 1')).toBeInTheDocument();
  });
});
