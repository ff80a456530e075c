import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryRouter, Link, RouterProvider } from 'react-router';
import type { FieldDraft } from '../../../../shared/forms';
import type { SaveOutcome } from '../../../../renderer/forms/autosave/save-outcome';
import { VisitSaver } from '../../../../renderer/forms/autosave/visit-saver';
import { useLeaveGuard } from '../../../../renderer/features/visit-entry/use-leave-guard';

const ALBUMIN = { formId: 'labs', recordId: '', itemId: 'albumin' };
const draft: FieldDraft = { value: '28', unit: 'g/L', qualifier: '', missing: '', softConfirmed: false };

/** A saver whose pause never ends (timers never run): only the guard's flushes can save. */
function saverWith(outcome: SaveOutcome) {
  const written: string[] = [];
  const saver = new VisitSaver({
    write: async (_a, d) => {
      written.push(d.value);
      return outcome;
    },
    askReason: async () => null,
    revert: () => undefined,
    timers: { set: () => 0, clear: () => undefined },
  });
  return { saver, written };
}

function Probe({ saver }: { readonly saver: VisitSaver }) {
  const leave = useLeaveGuard(saver);
  return (
    <>
      <Link to="/elsewhere">Away</Link>
      {leave.asking ? (
        <button type="button" onClick={leave.stay}>
          Stay
        </button>
      ) : null}
    </>
  );
}

function renderProbe(saver: VisitSaver) {
  const router = createMemoryRouter(
    [
      { path: '/', element: <Probe saver={saver} /> },
      { path: '/elsewhere', element: <p>Elsewhere</p> },
    ],
    { initialEntries: ['/'] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

const setVisibility = (state: DocumentVisibilityState) => Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });

afterEach(() => setVisibility('visible'));

describe('never losing a value when the page goes away', () => {
  it('hiding the page (lid closed, another window) saves what is pending at once', async () => {
    const { saver, written } = saverWith({ status: 'saved' });
    renderProbe(saver);
    saver.change(ALBUMIN, draft);
    expect(written).toEqual([]);
    setVisibility('hidden');
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    await waitFor(() => expect(written).toEqual(['28']));
  });

  it('unloading the page (pagehide) saves what is pending, and closing asks first while something is unsaved', async () => {
    const { saver, written } = saverWith({ status: 'failed', error: { kind: 'unavailable', message: 'closed' } });
    renderProbe(saver);
    saver.change(ALBUMIN, draft);
    act(() => void window.dispatchEvent(new Event('pagehide')));
    await waitFor(() => expect(written).toEqual(['28']));
    const closing = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(closing);
    expect(closing.defaultPrevented).toBe(true);
  });

  it('leaving the visit saves first, then goes', async () => {
    const user = userEvent.setup();
    const { saver, written } = saverWith({ status: 'saved' });
    const router = renderProbe(saver);
    saver.change(ALBUMIN, draft);
    await user.click(screen.getByRole('link', { name: 'Away' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/elsewhere'));
    expect(written).toEqual(['28']);
  });

  it('leaving while a value cannot be saved stops and asks; staying keeps the page', async () => {
    const user = userEvent.setup();
    const { saver } = saverWith({ status: 'failed', error: { kind: 'quota-exceeded', message: 'full' } });
    const router = renderProbe(saver);
    saver.change(ALBUMIN, draft);
    await user.click(screen.getByRole('link', { name: 'Away' }));
    await user.click(await screen.findByRole('button', { name: 'Stay' }));
    expect(router.state.location.pathname).toBe('/');
    expect(saver.draftOf('labs//albumin')?.value).toBe('28');
  });
});
