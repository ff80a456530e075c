import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { changeSubjectStatus, openQuery, setVisitStatus, type Store } from '../../../../renderer/db';
import { LANGUAGE_STORAGE_KEY } from '../../../../renderer/i18n';
import { memoryStorage } from '../../app/support/memory-storage';
import { renderApp } from '../../app/support/render-app';
import { enrolled, nurseCtx, screened } from '../subjects/seed';

const must = async (write: Promise<{ ok: boolean }>) => {
  if (!(await write).ok) throw new Error('seed write refused');
};

/** Today is 2025-03-10. */
async function seedWork(store: Store) {
  // 03-001: day 1 on 2025-02-10, W0–W2 done → W3 missed, W4 (2025-03-09…11) open.
  await enrolled(store, 's-a', '03-001', '2025-02-10', { kit: 'K-1', arm: 'msc' });
  for (const visit of ['w0', 'w1', 'w2']) await must(setVisitStatus(store, nurseCtx(), 's-a', visit, { status: 'done', visitDate: '2025-02-20' }));
  // 03-002: day 1 on 2025-03-01, W0 done → W1 (2025-03-07…09) overdue.
  await enrolled(store, 's-b', '03-002', '2025-03-01', { kit: 'K-2' });
  await must(setVisitStatus(store, nurseCtx(), 's-b', 'w0', { status: 'done', visitDate: '2025-03-01' }));
  // 03-003: withdrawn: nothing due.
  await enrolled(store, 's-c', '03-003', '2025-03-01', { kit: 'K-3' });
  await must(changeSubjectStatus(store, nurseCtx(), 's-c', { status: 'withdrawn', date: '2025-03-05', statusReason: 'moved away' }));
  // Still screening: no schedule.
  await screened(store, 's-d');
  await must(openQuery(store, { ...nurseCtx(), userId: 'user-monitor', role: 'monitor' }, { subjectId: 's-b', visitId: 'w0', formId: 'labs', itemId: 'inr' }, 'INR 12: please check the unit'));
}

describe('Today', () => {
  it('lists the open and overdue visits across subjects, overdue first, with their windows, and the open queries', async () => {
    renderApp('/', { seed: seedWork });
    const visits = await screen.findByRole('list', { name: 'Visits open or overdue' });
    const rows = within(visits).getAllByRole('link');
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringMatching(/^1.*03-002.*Week 1.*window 2025-03-07 to 2025-03-09 · target 2025-03-08.*Overdue$/),
      expect.stringMatching(/^2.*03-001.*Week 4.*window 2025-03-09 to 2025-03-11 · target 2025-03-10.*Open$/),
    ]);
    expect(rows[0]).toHaveAttribute('href', '/subjects/s-b/visits/w1');
    expect(screen.getByRole('heading', { level: 1, name: 'Today' }).parentElement).toHaveTextContent('2 visit(s) due, 1 open query(ies)');
    const queries = screen.getByRole('list', { name: 'Open queries' });
    expect(within(queries).getByRole('link')).toHaveTextContent('03-002INR 12: please check the unit');
    expect(within(queries).getByRole('link')).toHaveAttribute('href', '/subjects/s-b/visits/w0');
  });

  it('is walked by keyboard: ↓/↑ move between visits, Enter opens the focused one', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/', { seed: seedWork });
    const visits = await screen.findByRole('list', { name: 'Visits open or overdue' });
    const [first, second] = within(visits).getAllByRole('link');
    first?.focus();
    await user.keyboard('{ArrowDown}');
    expect(second).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(first).toHaveFocus();
    await user.keyboard('{End}');
    expect(second).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/subjects/s-a/visits/w4'));
  });

  it('opens a visit with one keystroke: its number', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/', { seed: seedWork });
    const visits = await screen.findByRole('list', { name: 'Visits open or overdue' });
    expect(within(visits).getAllByRole('link')[0]).toHaveAttribute('aria-keyshortcuts', '1');
    await user.keyboard('1');
    await waitFor(() => expect(router.state.location.pathname).toBe('/subjects/s-b/visits/w1'));
  });

  it('speaks Chinese', async () => {
    renderApp('/', { seed: seedWork, storage: memoryStorage({ [LANGUAGE_STORAGE_KEY]: 'zh' }) });
    const visits = await screen.findByRole('list', { name: '窗口期内或已超窗的访视' });
    expect(within(visits).getAllByRole('link')[0]).toHaveTextContent('已超窗');
    expect(screen.getByRole('list', { name: '未解决的质疑' })).toBeInTheDocument();
  });

  it('says so when subjects exist but nothing is due', async () => {
    renderApp('/', { seed: (store) => screened(store, 's-d') });
    expect(await screen.findByText('No visit is open or overdue today.')).toBeInTheDocument();
    expect(screen.getByText('No open queries.')).toBeInTheDocument();
  });
});
