import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../app/support/render-app';
import { seedEnrolledSubject, visitPath } from './support/seed-subject';

describe('the visit page', () => {
  it('shows the forms of week 0 with a navigator, and live MELD / Child-Pugh from the labs', async () => {
    const user = userEvent.setup();
    renderApp(visitPath('w0', 'labs'), { seed: (store) => seedEnrolledSubject(store) });
    const nav = await screen.findByRole('navigation', { name: 'Forms of this visit' });
    expect(within(nav).getByRole('link', { name: /Laboratory/i })).toHaveAttribute('aria-current', 'page');
    const bilirubin = await screen.findByRole('textbox', { name: 'Total bilirubin' });
    await user.type(bilirubin, '342');
    await user.type(screen.getByRole('textbox', { name: 'Serum creatinine' }), '88.4');
    await user.type(screen.getByRole('textbox', { name: 'International normalised ratio (INR)' }), '2.2');
    const scores = screen.getByRole('region', { name: /Derived scores/ });
    const meld = within(scores).getByRole('listitem', { name: 'MELD (OPTN/UNOS)' });
    expect(meld).toHaveTextContent(/Needs .*Dialysis/);
    await user.click(within(nav).getByRole('link', { name: /Clinical assessment/ }));
    const dialysis = await screen.findByRole('radiogroup', { name: /Dialysis/ });
    await user.click(within(dialysis).getByRole('radio', { name: 'No' }));
    await waitFor(() => expect(within(scores).getByRole('listitem', { name: 'MELD (OPTN/UNOS)' })).toHaveTextContent('27'));
    // The inputs as the formula used them: 342 µmol/L bilirubin is 20 mg/dL, 88.4 µmol/L creatinine is 1 mg/dL.
    expect(
      within(scores).getByText(/^Used by the formula .*Total bilirubin 20 mg\/dL · Serum creatinine 1 mg\/dL · .*2\.2/),
    ).toBeInTheDocument();
  });
});
