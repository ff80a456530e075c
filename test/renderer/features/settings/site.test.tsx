import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { getSetting, type Store } from '../../../../renderer/db';
import { renderApp } from '../../app/support/render-app';

describe('Settings: this laptop', () => {
  it('shows who is working and changes the site, refusing one that cannot start a subject code', async () => {
    const user = userEvent.setup();
    const { gate } = renderApp('/settings');
    const laptop = await screen.findByRole('region', { name: 'This laptop' });
    expect(laptop).toHaveTextContent('Wang Li · Research nurse');
    const site = within(laptop).getByLabelText('Site number');
    expect(site).toHaveValue('03');
    await user.clear(site);
    await user.type(site, '03-A');
    await user.click(within(laptop).getByRole('button', { name: 'Save site' }));
    expect(within(laptop).getByText('Enter the site number: 1 to 16 letters or digits.')).toBeInTheDocument();
    await user.clear(site);
    await user.type(site, 'BJ302');
    await user.click(within(laptop).getByRole('button', { name: 'Save site' }));
    expect(await within(laptop).findByText('Site saved.')).toBeInTheDocument();
    expect(await getSetting((gate.state() as { store: Store }).store, 'siteId')).toBe('BJ302');
    expect(within(laptop).getByRole('link', { name: 'Protocol definitions and their assumptions' })).toHaveAttribute('href', '/protocols');
  });
});
