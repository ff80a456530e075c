import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './support/render-app';

describe('routes', () => {
  it.each([
    ['/', 'Today', 'Today', 'No visits are due today: there are no subjects on this device yet.'],
    ['/subjects', 'Subjects', 'Subjects', 'No subjects of NCT05985863 on this laptop yet. Screen the first one with the button above.'],
    ['/subjects/S-014', 'Subject S-014', 'Subject', 'There is no record of subject S-014 on this device.'],
    ['/review', 'Review', 'Review', 'Nothing to review yet: no data has been entered on this device.'],
    ['/bundles', 'Bundles', 'Bundles', 'No CRF bundles have been exported or imported on this device yet.'],
    ['/nowhere', 'Page not found', 'Page not found', 'There is no page at this address.'],
  ])('%s shows the heading "%s" and an honest empty state', async (path, heading, title, empty) => {
    renderApp(path);
    expect(await screen.findByText(empty)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
    expect(screen.getByRole('banner')).toHaveTextContent(title);
    expect(document.title).toBe(`${title} · Bedside eCRF`);
  });

  it('/protocols lists the five built-in protocols', async () => {
    renderApp('/protocols');
    expect(await screen.findByRole('heading', { level: 1, name: 'Protocols' })).toBeInTheDocument();
    for (const id of ['NCT05985863', 'NCT03668171', 'NCT06884904', 'NCT05121870', 'ESLD-UCMSC-DOSE']) {
      expect(screen.getByRole('region', { name: new RegExp(`^${id} · `) })).toBeInTheDocument();
    }
  });

  it('/settings shows its heading', async () => {
    renderApp('/settings');
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
  });

  it('has one main navigation with every top-level page, marking the current one', async () => {
    const user = userEvent.setup();
    renderApp('/');
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(['Today', 'Subjects', 'Review', 'Bundles', 'Protocols', 'Settings']);
    expect(within(nav).getByRole('link', { name: 'Today' })).toHaveAttribute('aria-current', 'page');

    await user.click(within(nav).getByRole('link', { name: 'Review' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Review' })).toHaveFocus();
    expect(within(nav).getByRole('link', { name: 'Review' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Today' })).not.toHaveAttribute('aria-current');
  });

  it('has the landmarks: banner, navigation, main, status bar', async () => {
    renderApp('/');
    expect(await screen.findByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Status' })).toHaveTextContent('Offline: no data leaves this device.');
  });

  it('the skip link moves focus to the page heading', async () => {
    const user = userEvent.setup();
    renderApp('/bundles');
    await screen.findByRole('heading', { level: 1, name: 'Bundles' });
    await user.tab();
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { level: 1, name: 'Bundles' })).toHaveFocus();
  });
});
