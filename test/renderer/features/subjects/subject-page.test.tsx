import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setVisitStatus } from '../../../../renderer/db';
import { renderApp } from '../../app/support/render-app';
import { enrolled, nurseCtx } from './seed';

describe('the subject page', () => {
  it('shows the schedule with target dates, windows and statuses, each visit a link', async () => {
    // Day 1 = 2025-02-10; today = 2025-03-10 = day 29 = W4.
    renderApp('/subjects/s-1', {
      seed: async (store) => {
        await enrolled(store, 's-1', '03-001', '2025-02-10', { kit: 'K-1', arm: 'msc' });
        for (const visit of ['w0', 'w1', 'w2']) {
          const r = await setVisitStatus(store, nurseCtx(), 's-1', visit, { status: 'done', visitDate: '2025-02-10' });
          if (!r.ok) throw new Error(JSON.stringify(r.issues));
        }
      },
    });
    const schedule = await screen.findByRole('region', { name: 'Visit schedule' });
    const row = (name: RegExp) => within(schedule).getByRole('row', { name });
    expect(within(row(/^Week 4\b/)).getByText('Open')).toBeInTheDocument();
    expect(row(/^Week 4\b/)).toHaveTextContent('2025-03-10');
    expect(row(/^Week 4\b/)).toHaveTextContent('2025-03-09 to 2025-03-11');
    expect(within(row(/^Week 2\b/)).getByText('Done')).toBeInTheDocument();
    expect(within(row(/^Week 3\b/)).getByText('Missed')).toBeInTheDocument();
    expect(within(row(/^Week 8\b/)).getByText('Not yet due')).toBeInTheDocument();
    expect(within(row(/^Week 4\b/)).getByRole('link')).toHaveAttribute('href', '/subjects/s-1/visits/w4');
  });

  it('starts an unscheduled or early-termination visit and opens it', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/subjects/s-1', { seed: (store) => enrolled(store, 's-1', '03-001', '2025-02-10') });
    const section = await screen.findByRole('region', { name: 'Unscheduled and early-termination visits' });
    const buttons = within(section).getAllByRole('button').map((b) => b.textContent);
    expect(buttons).toHaveLength(2);
    await user.click(within(section).getAllByRole('button')[0] as HTMLElement);
    // The visit page (another feature) takes over at the new instance's address.
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/subjects\/s-1\/visits\/id-\d+/));
  });
});
