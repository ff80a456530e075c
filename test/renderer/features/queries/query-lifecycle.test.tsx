import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fieldHistory, listQueries } from '../../../../renderer/db';
import { switchToPerson } from '../../app/support/accounts';
import { renderApp } from '../../app/support/render-app';
import { storeOf } from '../visit-entry/support/visit-app';
import { enrol, MONITOR, NOW, NURSE, NURSE_ID, people, subjectIdOf, week0Labs } from '../review/support/review-seed';

const LABS = '/subjects/subject-03-001/visits/w0?form=labs';
const ALBUMIN = 'Laboratory tests (liver panel) – Albumin';

/** Works as someone else: sign out and in (test/renderer/app/support/accounts.ts). */
async function switchTo(who: RegExp): Promise<void> {
  await switchToPerson(who);
}

const seedMonitorFirst = async (store: Parameters<NonNullable<Parameters<typeof renderApp>[1]>['seed'] & object>[0]) => {
  await people(store, MONITOR, { userId: NURSE_ID, ...NURSE });
  await week0Labs(store, await enrol(store, '03-001'));
};

describe('queries on a field: raised by the monitor, answered by the nurse, closed and re-opened by the monitor', () => {
  it('runs the whole lifecycle as events, each role seeing only what it may do and why', async () => {
    const user = userEvent.setup();
    const { gate } = renderApp(LABS, { user: MONITOR, now: NOW, seed: seedMonitorFirst });

    // The monitor: values are read-only, with the reason; no completing.
    const albumin = await screen.findByRole('textbox', { name: 'Albumin' }, { timeout: 10_000 });
    expect(albumin).toHaveAttribute('readonly');
    expect(albumin).toHaveAccessibleDescription(expect.stringContaining('Values are read-only for you. A monitor may not change a value: only a research nurse, investigator or pharmacist may.'));
    expect(screen.queryByRole('combobox', { name: 'Missing reason for Albumin' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Complete form/ })).toBeNull();
    expect(screen.getByText('Completing: A monitor may not complete a form: only a research nurse, investigator or pharmacist may.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: `Raise a query on ${ALBUMIN}` }));
    let dialog = await screen.findByRole('dialog', { name: `Queries: ${ALBUMIN}` });
    await user.click(within(dialog).getByRole('button', { name: 'Raise query' }));
    expect(within(dialog).getByText('Write the query first.')).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: 'New query: what should the site check?' }), 'Albumin is missing: please enter it from the lab report.');
    await user.click(within(dialog).getByRole('button', { name: 'Raise query' }));
    const thread = await within(dialog).findByRole('region', { name: /^Query 1/ });
    expect(within(thread).getByText('Open')).toBeInTheDocument();
    expect(thread).toHaveTextContent('Albumin is missing: please enter it from the lab report.');
    expect(thread).toHaveTextContent('Raised · Li Na (monitor)');
    const answerAsMonitor = within(thread).getByRole('button', { name: 'Send answer' });
    expect(answerAsMonitor).toBeDisabled();
    expect(answerAsMonitor).toHaveAccessibleDescription('A monitor may not answer a query: only a research nurse, investigator or pharmacist may.');
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.getByRole('button', { name: `Queries on ${ALBUMIN}: 1 open` })).toHaveTextContent('Query: 1 open');

    // The nurse sees it in Today, opens it there: the field and its thread.
    await switchTo(/^Wang Li \(Research nurse/);
    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Today' }));
    const todayList = await screen.findByRole('list', { name: 'Open queries' });
    await user.click(within(todayList).getByRole('link', { name: /Albumin is missing/ }));
    dialog = await screen.findByRole('dialog', { name: `Queries: ${ALBUMIN}` });
    const nurseThread = within(dialog).getByRole('region', { name: /^Query 1/ });
    const closeAsNurse = within(nurseThread).getByRole('button', { name: 'Close query' });
    expect(closeAsNurse).toBeDisabled();
    expect(closeAsNurse).toHaveAccessibleDescription('A research nurse may not close a query: only a monitor may.');
    expect(within(dialog).getByText(/Raising a query: A research nurse may not raise a query: only a monitor may\./)).toBeInTheDocument();
    await user.type(within(nurseThread).getByRole('textbox', { name: 'Your message on Query 1' }), 'Entered from the lab report of 10 March.');
    await user.click(within(nurseThread).getByRole('button', { name: 'Send answer' }));
    expect(await within(nurseThread).findByText('Answer sent.')).toBeInTheDocument();
    await waitFor(() => expect(nurseThread).toHaveTextContent('Answered · Wang Li (research nurse)'));
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    // …and changes the value: a field under query asks for the reason, recorded with the change.
    const editable = screen.getByRole('textbox', { name: 'Albumin' });
    expect(editable).not.toHaveAttribute('readonly');
    await user.type(editable, '28{Enter}');
    const reason = await screen.findByRole('dialog', { name: 'Reason for change' });
    await user.type(within(reason).getByRole('combobox', { name: 'Reason for change' }), 'Value from the lab report{Enter}');
    expect(await within(screen.getByRole('group', { name: 'Albumin' })).findByText('Saved')).toBeInTheDocument();
    const store = storeOf(gate);
    const history = await fieldHistory(store, { subjectId: subjectIdOf('03-001'), visitId: 'w0', formId: 'labs', itemId: 'albumin' });
    expect(history.map((v) => [v.value, v.reason, v.stamp.role])).toEqual([[28, 'Value from the lab report', 'nurse']]);

    // The monitor closes it; re-opening needs a reason; every step is an event.
    await switchTo(/^Li Na \(Monitor/);
    await user.click(await screen.findByRole('button', { name: `Queries on ${ALBUMIN}: 1 answered` }));
    dialog = await screen.findByRole('dialog', { name: `Queries: ${ALBUMIN}` });
    const monitorThread = within(dialog).getByRole('region', { name: /^Query 1/ });
    await user.type(within(monitorThread).getByRole('textbox', { name: 'Your message on Query 1' }), 'Checked against the lab report.');
    await user.click(within(monitorThread).getByRole('button', { name: 'Close query' }));
    expect(await within(monitorThread).findByText('Query closed.')).toBeInTheDocument();
    await waitFor(() => expect(monitorThread).toHaveTextContent('Closed · Li Na (monitor)'));
    await user.click(within(monitorThread).getByRole('button', { name: 'Re-open query' }));
    expect(within(monitorThread).getByText('Say why the query is re-opened.')).toBeInTheDocument();
    await user.type(within(monitorThread).getByRole('textbox', { name: 'Your message on Query 1' }), 'The unit on the report is g/dL.');
    await user.click(within(monitorThread).getByRole('button', { name: 'Re-open query' }));
    expect(await within(monitorThread).findByText('Query re-opened.')).toBeInTheDocument();
    await waitFor(() => expect(monitorThread).toHaveTextContent('Re-opened · Li Na (monitor)'));

    const [query] = await listQueries(store, { subjectId: subjectIdOf('03-001') });
    expect(query?.status).toBe('open');
    expect(query?.history.map((h) => [h.action, h.stamp.role, h.text])).toEqual([
      ['opened', 'monitor', 'Albumin is missing: please enter it from the lab report.'],
      ['answered', 'nurse', 'Entered from the lab report of 10 March.'],
      ['closed', 'monitor', 'Checked against the lab report.'],
      ['reopened', 'monitor', 'The unit on the report is g/dL.'],
    ]);
  }, 60_000);

  it('completing a form with unconfirmed unusual values raises system queries, shown as such on the field', async () => {
    const user = userEvent.setup();
    const { gate } = renderApp('/subjects/subject-03-001/visits/w0?form=vitals', {
      user: NURSE,
      now: NOW,
      seed: async (store) => {
        await enrol(store, '03-001');
      },
    });
    await user.type(await screen.findByRole('textbox', { name: 'Body weight' }, { timeout: 10_000 }), '60{Enter}');
    await user.keyboard('190{Enter}70{Enter}80{Enter}16{Enter}36.8{Enter}98{Enter}');
    await user.click(screen.getByRole('button', { name: 'Complete form: Vital signs' }));
    const warning = await screen.findByRole('alert');
    await user.click(within(warning).getByRole('button', { name: 'Complete anyway' }));
    expect(await screen.findByText(/^Completed .* by Wang Li/)).toBeInTheDocument();
    const queries = await listQueries(storeOf(gate), { subjectId: subjectIdOf('03-001') });
    expect(queries).toHaveLength(1);
    expect(queries[0]).toMatchObject({ system: true, status: 'open', visitId: 'w0', formId: 'vitals', itemId: 'systolicBp' });
    expect(queries[0]?.text).toMatch(/\n.*[\u4e00-\u9fff]/);

    const button = await screen.findByRole('button', { name: /^Queries on Vital signs – Systolic blood pressure: 1 open$/ });
    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: /^Queries: Vital signs – Systolic/ });
    expect(within(dialog).getByText('System query')).toBeInTheDocument();
    expect(dialog).toHaveTextContent('raised by the application in the session of Wang Li (research nurse)');
  });
});
