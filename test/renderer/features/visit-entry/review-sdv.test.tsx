import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { completeForm, getEntry, type Store } from '../../../../renderer/db';
import { switchToPerson } from '../../app/support/accounts';
import { renderApp } from '../../app/support/render-app';
import { enrol, MONITOR, MONITOR_ID, NOW, NURSE, nurseCtx, people, subjectIdOf, week0Labs } from '../review/support/review-seed';
import { storeOf } from './support/visit-app';

const LABS = '/subjects/subject-03-001/visits/w0?form=labs';
const FORM = 'Laboratory tests (liver panel)';

/** The nurse entered and completed week-0 labs; the laptop knows the monitor too. */
async function completedLabs(store: Store): Promise<void> {
  await people(store, NURSE, { userId: MONITOR_ID, ...MONITOR });
  const subjectId = await enrol(store, '03-001');
  await week0Labs(store, subjectId, []);
  const done = await completeForm(store, nurseCtx, { subjectId, visitId: 'w0', formId: 'labs' });
  if (!done.ok) throw new Error(JSON.stringify(done.issues));
}

/** Works as someone else: sign out and in (test/renderer/app/support/accounts.ts). */
async function switchTo(who: RegExp): Promise<void> {
  await switchToPerson(who);
}

const labsLink = () => within(screen.getByRole('navigation', { name: 'Forms of this visit' })).getByRole('link', { name: /^Laboratory tests/ });

describe('source-data verification on the visit page', () => {
  it('the nurse may not verify (and is told why); the monitor verifies the form; a later change clears it visibly', async () => {
    const user = userEvent.setup();
    const { gate } = renderApp(LABS, { user: NURSE, now: NOW, seed: completedLabs });
    await screen.findByRole('textbox', { name: 'Albumin' }, { timeout: 10_000 });
    expect(screen.getByText('Source-data verification: 0 of 8 values verified.')).toBeInTheDocument();
    expect(screen.getByText('A research nurse may not mark a value as source-verified: only a monitor may.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Verify all values/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /as verified against the source$/ })).toBeNull();

    await switchTo(/^Li Na \(Monitor/);
    await user.click(await screen.findByRole('button', { name: `Verify all values: ${FORM}` }));
    expect(await screen.findByText('Source-data verification: 8 of 8 values verified.')).toBeInTheDocument();
    expect(labsLink()).toHaveTextContent('Complete · Verified');
    const albumin = screen.getByRole('textbox', { name: 'Albumin' });
    expect(within(screen.getByRole('group', { name: 'Albumin' })).getByText('Verified')).toBeInTheDocument();
    expect(albumin).toHaveAccessibleDescription(expect.stringContaining('Verified against the source by Li Na (monitor) on 2025-03-12 09:00:00.'));
    expect(screen.getByRole('button', { name: `Verify all values: ${FORM}` })).toBeDisabled();

    await switchTo(/^Wang Li \(Research nurse/);
    const editable = screen.getByRole('textbox', { name: 'Albumin' });
    await user.clear(editable);
    await user.type(editable, '30{Enter}');
    const reason = await screen.findByRole('dialog', { name: 'Reason for change' });
    await user.type(within(reason).getByRole('combobox', { name: 'Reason for change' }), 'Corrected laboratory report{Enter}');
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Albumin' })).toHaveAccessibleDescription(
        expect.stringContaining('Verification cleared by change on 2025-03-12 09:00:00 by Wang Li (research nurse); it had been verified by Li Na on 2025-03-12 09:00:00.'),
      ),
    );
    expect(screen.getByText('Source-data verification: 7 of 8 values verified.')).toBeInTheDocument();
    expect(labsLink()).not.toHaveTextContent('Verified');
    const entry = await getEntry(storeOf(gate), { subjectId: subjectIdOf('03-001'), visitId: 'w0', formId: 'labs' });
    expect(entry?.items['albumin']?.sdv).toBeUndefined();
    expect(entry?.items['bilirubin']?.sdv).toBeDefined();
  }, 60_000);

  it('a monitor verifies one value, and may take the mark away again', async () => {
    const user = userEvent.setup();
    const { gate } = renderApp(LABS, {
      user: MONITOR,
      now: NOW,
      seed: async (store) => {
        await completedLabs(store);
        await people(store, MONITOR, { userId: 'user-nurse-wang', ...NURSE });
      },
    });
    await user.click(await screen.findByRole('button', { name: `Mark ${FORM} – Serum sodium as verified against the source` }, { timeout: 10_000 }));
    const sodium = screen.getByRole('group', { name: 'Serum sodium' });
    expect(await within(sodium).findByText('Verified')).toBeInTheDocument();
    expect(screen.getByText('Source-data verification: 1 of 8 values verified.')).toBeInTheDocument();
    await user.click(within(sodium).getByRole('button', { name: `Remove the source verification of ${FORM} – Serum sodium` }));
    expect(await within(sodium).findByText('Verification removed by Li Na (monitor) on 2025-03-12 09:00:00.')).toBeInTheDocument();
    const entry = await getEntry(storeOf(gate), { subjectId: subjectIdOf('03-001'), visitId: 'w0', formId: 'labs' });
    expect(entry?.items['sodium']?.sdv).toBeUndefined();
  });
});
