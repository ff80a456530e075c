import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { appendForeignEvents } from '../../../../../renderer/db';
import { seed } from '../../../../seeds/load-seeds';
import { TrialData, type Place } from '../../../../shared/review/builders';
import { renderApp } from '../../../app/support/render-app';

const NCT05121870 = seed('NCT05121870');
const LABS = (visitId: string): Place => ({ visitId, formId: 'labs' });
const CLINICAL = (visitId: string): Place => ({ visitId, formId: 'clinical' });

/** Subject 01-001 of NCT05121870 (day 1 2025-03-01), written on another device and imported. */
function course(): TrialData {
  const data = new TrialData(NCT05121870).enrol('s-1', '01-001', { sex: 'F', arm: 'msc' });
  data.value({ visitId: 'screening', formId: 'demographics' }, 'etiologyCategory', '1');
  data.value(LABS('w0'), 'bilirubin', 68.4);
  data.value(LABS('w0'), 'creatinine', 88.4);
  data.value(LABS('w0'), 'inr', 1.5);
  data.value(LABS('w0'), 'albumin', 28);
  data.value(CLINICAL('w0'), 'ascitesGrade', '1');
  data.value(CLINICAL('w0'), 'heGrade', '0');
  data.visitDone('w0', '2025-03-01');
  // Week 4, typed in mg/dL: stored (and plotted) in µmol/L.
  data.value(LABS('w4'), 'bilirubin', 20.52, { entered: '1.2', enteredUnit: 'mg/dL', unit: 'µmol/L' });
  data.value(LABS('w4'), 'creatinine', 70);
  data.value(LABS('w4'), 'inr', 1.2);
  data.missing(LABS('w4'), 'albumin', 'NOT DONE');
  data.visitDone('w4', '2025-03-29');
  // Week 8: above NCT05121870's soft range (300 µmol/L).
  data.value(LABS('w8'), 'bilirubin', 350);
  return data;
}

describe('the subject’s plots', () => {
  it('show the course over study weeks, with every plotted value in a table screen readers always read', async () => {
    const user = userEvent.setup();
    const data = course();
    renderApp('/subjects/s-1', {
      seed: async (store) => {
        const imported = await appendForeignEvents(store, data.events);
        if (!imported.ok) throw new Error(JSON.stringify(imported.issues));
      },
    });
    const section = await screen.findByRole('region', { name: 'Course over study weeks' });
    await within(section).findByRole('figure', { name: 'MELD (NCT05121870 protocol formula)' });
    for (const title of ['Child-Turcotte-Pugh score', 'Total bilirubin (µmol/L)', 'International normalised ratio (INR)', 'Albumin (g/L)', 'Serum creatinine (µmol/L)']) {
      expect(within(section).getByRole('figure', { name: title })).toBeInTheDocument();
    }
    expect(within(section).getByRole('figure', { name: 'Total bilirubin (µmol/L)' })).toHaveTextContent(
      '3 values, week 0 to week 8; latest 350 at week 8. 1 unusual, 0 impossible.',
    );

    const table = within(section).getByRole('table', { name: 'Values per visit of subject 01-001' });
    expect(table.parentElement).toHaveClass('visually-hidden');
    const row = (name: RegExp) => within(table).getByRole('row', { name });
    // Week 0: MELD and Child-Pugh computed from the stored SI values.
    expect(row(/^Week 0\b/)).toHaveTextContent('2025-03-01');
    expect(row(/^Week 0\b/)).toHaveTextContent('68.4');
    expect(row(/^Week 0\b/)).toHaveTextContent('Class B');
    // Week 4: 1.2 mg/dL shown as 20.5 µmol/L; albumin not done (a cell, not a point).
    expect(row(/^Week 4\b/)).toHaveTextContent('20.5');
    expect(row(/^Week 4\b/)).toHaveTextContent('not recorded: Not done');
    expect(row(/^Week 4\b/)).toHaveTextContent('Needs Albumin');
    // Week 8: not done yet, placed on its target date; the value marked as unusual.
    expect(row(/^Week 8\b/)).toHaveTextContent('2025-04-26 (target)');
    expect(row(/^Week 8\b/)).toHaveTextContent('350 (unusual)');

    await user.click(within(section).getByRole('button', { name: 'Show the values as a table' }));
    expect(table.parentElement).not.toHaveClass('visually-hidden');
    expect(within(section).getByRole('button', { name: 'Hide the table' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('say so when the subject has nothing plotted yet', async () => {
    const data = new TrialData(NCT05121870).enrol('s-1', '01-001');
    renderApp('/subjects/s-1', {
      seed: async (store) => {
        const imported = await appendForeignEvents(store, data.events);
        if (!imported.ok) throw new Error(JSON.stringify(imported.issues));
      },
    });
    const section = await screen.findByRole('region', { name: 'Course over study weeks' });
    expect(await within(section).findByText('No values recorded yet for the scores and labs plotted here.')).toBeInTheDocument();
  });
});
