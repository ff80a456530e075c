/**
 * "None to report" on a log (renderer/features/visit-entry LogNoneAnswer), as the nurse uses it: the
 * answer is a stored value of the log's own entry, ticked only while the log is empty, and it keeps rows
 * from being added until it is withdrawn.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { addRecord, listEntries, setItemValue } from '../../../../renderer/db';
import { LOG_NONE_ITEM, LOG_NONE_VALUE } from '../../../../shared/forms';
import { memoryStorage } from '../../app/support/memory-storage';
import { renderApp } from '../../app/support/render-app';
import { nurseContext, seedEnrolledSubject, SUBJECT_ID, visitPath } from '../visit-entry/support/seed-subject';
import { storeOf } from '../visit-entry/support/visit-app';

const NONE = 'None to report: no Adverse events at this visit';

async function logEntry(gate: Parameters<typeof storeOf>[0]) {
  const rows = await listEntries(storeOf(gate), SUBJECT_ID, 'w0');
  return rows.find((r) => r.formId === 'adverse-events' && r.recordId === '');
}

describe('"None to report" on a log', () => {
  it('is stored as a value of the log when ticked, blocks adding rows, and is withdrawn by unticking', async () => {
    const user = userEvent.setup();
    const { gate } = renderApp(visitPath('w0', 'adverse-events'), { seed: (store) => seedEnrolledSubject(store) });
    const none = await screen.findByRole('checkbox', { name: NONE });
    expect(none).not.toBeChecked();
    expect(none).toHaveAccessibleDescription(/an empty list is otherwise counted as missing/);

    await user.click(none);
    await waitFor(() => expect(screen.getByRole('checkbox', { name: NONE })).toBeChecked());
    const stored = await logEntry(gate);
    expect(stored?.items['logNone']?.current).toMatchObject({ kind: 'value', value: true, entered: 'true' });
    expect(await screen.findByText(/^“None to report” answered by /)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add: Adverse events' })).toBeNull();
    expect(screen.getByText('Untick “None to report” to add an entry.')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: NONE }));
    await waitFor(() => expect(screen.getByRole('checkbox', { name: NONE })).not.toBeChecked());
    expect((await logEntry(gate))?.items['logNone']?.current.kind).toBe('cleared');
    expect(screen.getByRole('button', { name: 'Add: Adverse events' })).toBeInTheDocument();
  });

  it('cannot be ticked while the log has rows, and says why', async () => {
    const user = userEvent.setup();
    renderApp(visitPath('w0', 'adverse-events'), { seed: (store) => seedEnrolledSubject(store) });
    await user.click(await screen.findByRole('button', { name: 'Add: Adverse events' }));
    await screen.findByRole('region', { name: 'Adverse events 1' });
    const none = screen.getByRole('checkbox', { name: NONE });
    expect(none).toBeDisabled();
    expect(none).toHaveAccessibleDescription('There are entries: remove them before answering “None to report”.');
  });

  it('says so when "none" and entries meet (from another laptop), and lets the nurse untick it', async () => {
    const user = userEvent.setup();
    renderApp(visitPath('w0', 'adverse-events'), {
      seed: async (store) => {
        await seedEnrolledSubject(store);
        const place = { subjectId: SUBJECT_ID, visitId: 'w0', formId: 'adverse-events' };
        const none = await setItemValue(store, nurseContext(), { ...place, itemId: LOG_NONE_ITEM }, { ...LOG_NONE_VALUE });
        const row = await addRecord(store, nurseContext(), { ...place, recordId: '20250310T090000000Z-a' });
        if (!none.ok || !row.ok) throw new Error('seed refused');
      },
    });
    const none = await screen.findByRole('checkbox', { name: NONE });
    expect(none).toBeChecked();
    expect(none).toBeEnabled();
    expect(screen.getByRole('alert')).toHaveTextContent('“None to report” is ticked, but there are entries: untick it, or remove the entries.');
    await user.click(none);
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(screen.getByRole('checkbox', { name: NONE })).toBeDisabled();
  });

  it('reads in Chinese too', async () => {
    renderApp(visitPath('w0', 'adverse-events'), { seed: (store) => seedEnrolledSubject(store), storage: memoryStorage({ 'ecrf.language': 'zh' }) });
    const none = await screen.findByRole('checkbox', { name: '无可报告：本次访视无不良事件' });
    expect(within(none.closest('div') as HTMLElement).getByText(/否则空列表将计为缺失/)).toBeInTheDocument();
  });
});
