import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fieldHistory, getEntry } from '../../../../renderer/db';
import { renderApp } from '../../app/support/render-app';
import { seedEnrolledSubject, SUBJECT_ID, visitPath } from './support/seed-subject';
import { storeOf } from './support/visit-app';

describe('completing a form and changing it afterwards', () => {
  it('"Complete" lists what blocks it and jumps there; once complete, a change asks for a reason, recorded in the history', async () => {
    const user = userEvent.setup();
    const { gate } = renderApp(visitPath('w0', 'visit'), { seed: (store) => seedEnrolledSubject(store) });
    await user.click(await screen.findByRole('button', { name: 'Complete form: Visit date' }));
    const blocked = await screen.findByRole('alert');
    expect(blocked).toHaveTextContent('Cannot complete yet: 1 field needs attention.');
    await user.click(within(blocked).getByRole('button', { name: 'Go to Visit date' }));
    const date = screen.getByRole('textbox', { name: 'Visit date' });
    expect(date).toHaveFocus();
    expect(within(screen.getByRole('group', { name: 'Visit date' })).getByText(/required/i, { selector: 'li' })).toBeInTheDocument();

    await user.type(date, '2025-03-10{Enter}');
    await user.click(screen.getByRole('button', { name: 'Complete form: Visit date' }));
    expect(await screen.findByText(/^Completed .* by Wang Li/)).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Forms of this visit' });
    expect(within(nav).getByRole('link', { name: /Visit date.*Complete/ })).toBeInTheDocument();

    await user.clear(date);
    await user.type(date, '2025-03-11');
    expect(within(screen.getByRole('group', { name: 'Visit date' })).getByText('Unsaved')).toBeInTheDocument();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Reason for change' });
    expect(dialog).toHaveTextContent('from “2025-03-10” to “2025-03-11”');
    await user.click(within(dialog).getByRole('button', { name: 'Save the change' }));
    expect(within(dialog).getByText(/Enter a reason/)).toBeInTheDocument();
    await user.type(within(dialog).getByRole('combobox', { name: 'Reason for change' }), 'Transcription error corrected{Enter}');
    expect(await within(screen.getByRole('group', { name: 'Visit date' })).findByText('Saved')).toBeInTheDocument();

    const store = storeOf(gate);
    const ref = { subjectId: SUBJECT_ID, visitId: 'w0', formId: 'visit', itemId: 'visitDate' };
    const history = await fieldHistory(store, ref);
    expect(history.map((v) => [v.value, v.reason])).toEqual([
      ['2025-03-10', undefined],
      ['2025-03-11', 'Transcription error corrected'],
    ]);
    expect((await getEntry(store, ref))?.status).toBe('complete');

    await user.click(screen.getByRole('button', { name: 'History of Visit date' }));
    const panel = await screen.findByRole('dialog', { name: 'History: Visit date – Visit date' });
    const rows = await within(panel).findAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('2025-03-10');
    expect(rows[1]).toHaveTextContent('Wang Li (research nurse)');
    expect(rows[2]).toHaveTextContent('2025-03-11');
    expect(rows[2]).toHaveTextContent('Transcription error corrected');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('keeping the saved value instead of giving a reason puts it back on screen', async () => {
    const user = userEvent.setup();
    renderApp(visitPath('w0', 'visit'), { seed: (store) => seedEnrolledSubject(store) });
    const date = await screen.findByRole('textbox', { name: 'Visit date' });
    await user.type(date, '2025-03-10{Enter}');
    await user.click(screen.getByRole('button', { name: 'Complete form: Visit date' }));
    await screen.findByText(/^Completed /);
    await user.clear(date);
    await user.type(date, '2024-01-01{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Reason for change' });
    await user.click(within(dialog).getByRole('button', { name: 'Keep the saved value' }));
    await waitFor(() => expect(date).toHaveValue('2025-03-10'));
    expect(within(screen.getByRole('group', { name: 'Visit date' })).getByText('Saved')).toBeInTheDocument();
  });

  it('unconfirmed unusual values do not block completion, but are listed first', async () => {
    const user = userEvent.setup();
    renderApp(visitPath('w0', 'vitals'), { seed: (store) => seedEnrolledSubject(store) });
    await user.type(await screen.findByRole('textbox', { name: 'Body weight' }), '60{Enter}');
    await user.keyboard('190{Enter}70{Enter}80{Enter}16{Enter}36.8{Enter}98{Enter}');
    await user.click(screen.getByRole('button', { name: 'Complete form: Vital signs' }));
    const warning = await screen.findByRole('alert');
    expect(warning).toHaveTextContent('1 unusual value is not confirmed');
    expect(within(warning).getByRole('button', { name: 'Go to Systolic blood pressure' })).toBeInTheDocument();
    await user.click(within(warning).getByRole('button', { name: 'Complete anyway' }));
    expect(await screen.findByText(/^Completed /)).toBeInTheDocument();
  });
});
