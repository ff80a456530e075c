import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { getSubject, type Store } from '../../../../renderer/db';
import { renderApp } from '../../app/support/render-app';
import { enrolled } from './seed';

const storeOf = (gate: { state: () => unknown }) => (gate.state() as { store: Store }).store;

describe('study status changes', () => {
  it('a withdrawal needs its date and reason; vital status stays recordable afterwards', async () => {
    const user = userEvent.setup();
    const { gate } = renderApp('/subjects/s-1', { seed: (store) => enrolled(store, 's-1', '03-001', '2025-02-01') });
    const section = await screen.findByRole('region', { name: 'Study status' });
    const status = within(section).getByRole('combobox', { name: 'New status' });
    expect(within(status).getAllByRole('option').map((o) => o.textContent)).toEqual([
      '— choose —',
      'Withdrawn',
      'Lost to follow-up',
      'Died',
      'Liver transplantation',
      'Completed',
    ]);

    await user.selectOptions(status, 'Withdrawn');
    await user.click(within(section).getByRole('button', { name: 'Record status' }));
    expect(within(section).getByText('A withdrawal needs its reason.')).toBeInTheDocument();
    expect(await getSubject(storeOf(gate), 's-1')).toMatchObject({ status: 'on-study' });

    await user.clear(within(section).getByLabelText('Date'));
    await user.type(within(section).getByLabelText('Date'), '2025-03-05');
    await user.type(within(section).getByLabelText('Reason for withdrawal (required)'), 'Consent withdrawn');
    await user.click(within(section).getByRole('button', { name: 'Record status' }));
    expect(await within(section).findByText('Recorded: Withdrawn.')).toBeInTheDocument();
    expect(await getSubject(storeOf(gate), 's-1')).toMatchObject({ status: 'withdrawn', statusDate: '2025-03-05', statusReason: 'Consent withdrawn' });

    const after = within(screen.getByRole('region', { name: 'Study status' }));
    expect(after.getByText('Vital status can still be recorded: died or liver transplantation.')).toBeInTheDocument();
    expect(after.getAllByRole('option').map((o) => o.textContent)).toEqual(['— choose —', 'Died', 'Liver transplantation', 'On study']);
    await user.selectOptions(after.getByRole('combobox', { name: 'New status' }), 'Died');
    await user.clear(after.getByLabelText('Date'));
    await user.type(after.getByLabelText('Date'), '2025-03-09');
    await user.click(after.getByRole('button', { name: 'Record status' }));
    expect(await after.findByText('Recorded: Died.')).toBeInTheDocument();
    expect(await getSubject(storeOf(gate), 's-1')).toMatchObject({ status: 'died', statusDate: '2025-03-09' });
  });

  it('refuses a date after today', async () => {
    const user = userEvent.setup();
    renderApp('/subjects/s-1', { seed: (store) => enrolled(store, 's-1', '03-001', '2025-02-01') });
    const section = await screen.findByRole('region', { name: 'Study status' });
    await user.selectOptions(within(section).getByRole('combobox', { name: 'New status' }), 'Completed');
    await user.clear(within(section).getByLabelText('Date'));
    await user.type(within(section).getByLabelText('Date'), '2025-03-11');
    await user.click(within(section).getByRole('button', { name: 'Record status' }));
    expect(within(section).getByText('The date cannot be after today.')).toBeInTheDocument();
  });

  it('after a subject leaves, remaining visits are closed, not overdue', async () => {
    const user = userEvent.setup();
    renderApp('/subjects/s-1', { seed: (store) => enrolled(store, 's-1', '03-001', '2025-02-01') });
    const section = await screen.findByRole('region', { name: 'Study status' });
    const schedule = screen.getByRole('region', { name: 'Visit schedule' });
    expect(within(schedule).getAllByText('Overdue').length).toBeGreaterThan(0);
    await user.selectOptions(within(section).getByRole('combobox', { name: 'New status' }), 'Lost to follow-up');
    await user.click(within(section).getByRole('button', { name: 'Record status' }));
    await within(section).findByText('Recorded: Lost to follow-up.');
    await waitFor(() => expect(within(screen.getByRole('region', { name: 'Visit schedule' })).queryByText('Overdue')).toBeNull());
    expect(within(screen.getByRole('region', { name: 'Visit schedule' })).getAllByText('Closed (off study)').length).toBeGreaterThan(0);
  });
});
