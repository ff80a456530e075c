import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { getEntry } from '../../../../renderer/db';
import { renderApp } from '../../app/support/render-app';
import { seedEnrolledSubject, SUBJECT_ID, visitPath } from './support/seed-subject';
import { storeOf } from './support/visit-app';

describe('a save that fails', () => {
  it('blocks with an alert naming the value, keeps it on screen marked "Not saved", and a retry stores it', async () => {
    const user = userEvent.setup();
    const { gate } = renderApp(visitPath('w0', 'labs'), { seed: (store) => seedEnrolledSubject(store) });
    const bilirubin = await screen.findByRole('textbox', { name: 'Total bilirubin' });
    const store = storeOf(gate);
    store.db.close();

    await user.type(bilirubin, '342{Enter}');
    const alert = await screen.findByRole('alertdialog', { name: 'Not saved' });
    expect(within(alert).getByText(/Laboratory tests.*Total bilirubin/)).toBeInTheDocument();
    expect(within(alert).getByText('342 µmol/L')).toBeInTheDocument();
    expect(within(alert).getByText(/closed or busy/)).toBeInTheDocument();
    expect(within(alert).getByRole('button', { name: 'Retry now' })).toHaveFocus();
    expect(bilirubin).toHaveValue('342');

    await user.click(within(alert).getByRole('button', { name: 'Close, keep the values on screen' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(within(screen.getByRole('group', { name: 'Total bilirubin' })).getByText('Not saved')).toBeInTheDocument();
    expect(screen.getByText('Some values are NOT saved')).toBeInTheDocument();
    expect(bilirubin).toHaveValue('342');

    await store.db.open();
    await user.click(screen.getByRole('button', { name: 'Retry now' }));
    expect(await within(screen.getByRole('group', { name: 'Total bilirubin' })).findByText('Saved')).toBeInTheDocument();
    const row = await getEntry(store, { subjectId: SUBJECT_ID, visitId: 'w0', formId: 'labs' });
    expect(row?.items['bilirubin']?.current).toMatchObject({ kind: 'value', value: 342, entered: '342' });
  });

  it('shows the alert again when the retry fails too', async () => {
    const user = userEvent.setup();
    const { gate } = renderApp(visitPath('w0', 'labs'), { seed: (store) => seedEnrolledSubject(store) });
    const albumin = await screen.findByRole('textbox', { name: 'Albumin' });
    storeOf(gate).db.close();
    await user.type(albumin, '28{Enter}');
    const alert = await screen.findByRole('alertdialog', { name: 'Not saved' });
    await user.click(within(alert).getByRole('button', { name: 'Retry now' }));
    await waitFor(() => expect(within(screen.getByRole('alertdialog', { name: 'Not saved' })).getByRole('button', { name: 'Retry now' })).toBeEnabled());
    expect(albumin).toHaveValue('28');
  });
});
