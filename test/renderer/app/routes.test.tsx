import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './support/render-app';

describe('routes', () => {
  it.each([
    ['/', 'Today', 'No visits are due today: there are no subjects on this device yet.'],
    ['/subjects', 'Subjects', 'No subjects on this device yet.'],
    ['/subjects/S-014', 'Subject S-014', 'There is no record of subject S-014 on this device.'],
    ['/subjects/S-014/visits/W12', 'Visit W12', 'No forms have been recorded for this visit on this device.'],
    ['/review', 'Review', 'Nothing to review yet: no data has been entered on this device.'],
    ['/bundles', 'Bundles', 'No CRF bundles have been exported or imported on this device yet.'],
    ['/nowhere', 'Page not found', 'There is no page at this address.'],
  ])('%s shows the heading "%s" and an honest empty state', (path, heading, empty) => {
    renderApp(path);
    expect(screen.getByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
    expect(screen.getByText(empty)).toBeInTheDocument();
    expect(screen.getByRole('banner')).toHaveTextContent(heading);
    expect(document.title).toBe(`${heading} · Bedside eCRF`);
  });

  it('/settings shows its heading', () => {
    renderApp('/settings');
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
  });

  it('has one main navigation with every top-level page, marking the current one', async () => {
    const user = userEvent.setup();
    renderApp('/');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(['Today', 'Subjects', 'Review', 'Bundles', 'Settings']);
    expect(within(nav).getByRole('link', { name: 'Today' })).toHaveAttribute('aria-current', 'page');

    await user.click(within(nav).getByRole('link', { name: 'Review' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Review' })).toHaveFocus();
    expect(within(nav).getByRole('link', { name: 'Review' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Today' })).not.toHaveAttribute('aria-current');
  });

  it('has the landmarks: banner, navigation, main, status bar', () => {
    renderApp('/');
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Status' })).toHaveTextContent('Offline: no data leaves this device.');
  });

  it('the skip link moves focus to the page heading', async () => {
    const user = userEvent.setup();
    renderApp('/bundles');
    await user.tab();
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { level: 1, name: 'Bundles' })).toHaveFocus();
  });
});
