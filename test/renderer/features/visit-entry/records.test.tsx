import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { listEntries } from '../../../../renderer/db';
import { renderApp } from '../../app/support/render-app';
import { seedEnrolledSubject, SUBJECT_ID, visitPath } from './support/seed-subject';
import { storeOf } from './support/visit-app';

describe('repeating logs', () => {
  it('adds an adverse event (focus goes to its first field), checks its consistency rules, and removes it only with a reason', async () => {
    const user = userEvent.setup();
    const { gate } = renderApp(visitPath('w0', 'adverse-events'), { seed: (store) => seedEnrolledSubject(store) });
    expect(await screen.findByText('No Adverse events recorded at this visit.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add: Adverse events' }));
    const record = await screen.findByRole('region', { name: 'Adverse events 1' });
    const term = within(record).getByRole('textbox', { name: 'Adverse event term' });
    await waitFor(() => expect(term).toHaveFocus());
    await user.keyboard('Fever{Enter}');
    const serious = within(record).getByRole('radiogroup', { name: 'Serious adverse event' });
    await user.click(within(serious).getByRole('radio', { name: 'Yes' }));
    expect(await within(record).findByText(/needs at least one seriousness criterion/, { selector: 'li' })).toBeInTheDocument();

    await user.click(within(record).getByRole('button', { name: 'Remove Adverse events 1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove Adverse events 1?' });
    await user.type(within(dialog).getByRole('combobox', { name: 'Reason for change' }), 'Entered in the wrong record{Enter}');
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Adverse events 1' })).toBeNull());
    const rows = await listEntries(storeOf(gate), SUBJECT_ID, 'w0');
    expect(rows.filter((r) => r.formId === 'adverse-events').map((r) => [r.removed, r.items['aeTerm']?.current.value])).toEqual([[true, 'Fever']]);
  });

  it('an infusion reaction opens a new adverse event record prefilled "Infusion related reaction"', async () => {
    const user = userEvent.setup();
    const { gate } = renderApp(visitPath('w0', 'infusion'), { seed: (store) => seedEnrolledSubject(store) });
    const given = await screen.findByRole('radiogroup', { name: 'Study product administered' });
    await user.click(within(given).getByRole('radio', { name: 'Yes' }));
    await user.type(screen.getByRole('textbox', { name: 'Infusion start (date and time)' }), '2025-03-10 08:30{Enter}');
    const reaction = screen.getByRole('radiogroup', { name: 'Infusion reaction' });
    await user.click(within(reaction).getByRole('radio', { name: 'Yes' }));
    await user.keyboard('{Enter}');
    const notice = await screen.findByText(/An adverse event record “Infusion related reaction” was opened/);
    await user.click(within(notice).getByRole('link', { name: 'Go to the adverse events' }));
    const record = await screen.findByRole('region', { name: 'Adverse events 1' });
    await waitFor(() => expect(within(record).getByRole('textbox', { name: 'Adverse event term' })).toHaveValue('Infusion related reaction'));
    expect(within(record).getByRole('textbox', { name: 'Start date' })).toHaveValue('2025-03-10');
    const rows = await listEntries(storeOf(gate), SUBJECT_ID, 'w0');
    expect(rows.filter((r) => r.formId === 'adverse-events')).toHaveLength(1);
  });
});
