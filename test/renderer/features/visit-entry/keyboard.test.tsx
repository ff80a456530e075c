import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../app/support/render-app';
import { seedEnrolledSubject, visitPath } from './support/seed-subject';

describe('keyboard first', () => {
  it('shows its keys; Alt+N goes to the next empty field, skipping filled ones and wrapping round; Alt+H opens the history', async () => {
    const user = userEvent.setup();
    renderApp(visitPath('w0', 'labs'), { seed: (store) => seedEnrolledSubject(store) });
    const bilirubin = await screen.findByRole('textbox', { name: 'Total bilirubin' });
    expect(screen.getByText(/next empty field/)).toHaveTextContent('Alt+N next empty field');
    await user.click(screen.getByRole('textbox', { name: 'International normalised ratio (INR)' }));
    await user.keyboard('2.2{Enter}');
    bilirubin.focus();
    await user.keyboard('342{Alt>}n{/Alt}');
    expect(screen.getByRole('textbox', { name: 'Albumin' })).toHaveFocus();
    await user.keyboard('28{Alt>}n{/Alt}');
    expect(screen.getByRole('textbox', { name: 'Prothrombin activity (PTA, Quick %)' })).toHaveFocus();

    await user.click(screen.getByRole('textbox', { name: 'Platelet count (PLT)' }));
    await user.keyboard('{Alt>}n{/Alt}');
    expect(screen.getByRole('textbox', { name: 'Prothrombin activity (PTA, Quick %)' })).toHaveFocus();

    bilirubin.focus();
    await user.keyboard('{Alt>}h{/Alt}');
    const history = await screen.findByRole('dialog', { name: /History: .*Total bilirubin/ });
    expect(await within(history).findByText(/^342 µmol\/L/)).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(bilirubin).toHaveFocus();
  });
});
