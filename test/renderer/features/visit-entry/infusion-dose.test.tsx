import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../app/support/render-app';
import { seedEnrolledSubject, visitPath } from './support/seed-subject';

describe('infusions and blinding', () => {
  it('a blinded nurse never sees the pharmacy form (cell counts reveal the arm)', async () => {
    renderApp(visitPath('w0'), { seed: (store) => seedEnrolledSubject(store, { arm: 'msc' }) });
    const nav = await screen.findByRole('navigation', { name: 'Forms of this visit' });
    expect(within(nav).getByRole('link', { name: /Study product infusion/ })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: /Study product preparation/ })).toBeNull();
  });

  it('unblinded: total cells are checked against dose × the dosing weight from the infusion form, and against the protocol dose', async () => {
    const user = userEvent.setup();
    renderApp(visitPath('w0', 'infusion'), {
      user: { displayName: 'Dr Zhang', role: 'investigator', blinded: false },
      seed: (store) => seedEnrolledSubject(store, { arm: 'msc' }),
    });
    await user.type(await screen.findByRole('textbox', { name: 'Weight used for dosing (cells/kg)' }), '60{Enter}');
    const nav = screen.getByRole('navigation', { name: 'Forms of this visit' });
    await user.click(within(nav).getByRole('link', { name: /Study product preparation \(unblinded pharmacy\)/ }));

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Unit of Total cells infused' }), '×10^8 cells');
    await user.type(screen.getByRole('textbox', { name: 'Total cells infused' }), '1.0{Enter}');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Unit of Dose (cells per kg)' }), '×10^6 cells/kg');
    await user.type(screen.getByRole('textbox', { name: 'Dose (cells per kg)' }), '2.5{Enter}');
    const total = screen.getByRole('group', { name: 'Total cells infused' });
    expect(await within(total).findByText(/protocol dose/, { selector: 'li' })).toHaveClass('entry-problem--warning');
    expect(within(total).getByText(/dose × dosing weight/, { selector: 'li' })).toBeInTheDocument();

    const cells = screen.getByRole('textbox', { name: 'Total cells infused' });
    await user.clear(cells);
    await user.type(cells, '1.5{Enter}');
    await within(total).findByText('Saved');
    expect(within(total).queryByText(/protocol dose|dose × dosing weight/, { selector: 'li' })).toBeNull();
  });
});
