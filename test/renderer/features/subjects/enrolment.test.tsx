import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { screenSubject, getSubject, type Store } from '../../../../renderer/db';
import { renderApp } from '../../app/support/render-app';
import { addInvestigator, enrolled, INVESTIGATOR_ID, nurseCtx } from './seed';

async function eligible(store: Store, subjectId: string) {
  await addInvestigator(store);
  const r = await screenSubject(store, nurseCtx(), subjectId, { siteId: '03', screenedOn: '2025-03-08', answers: [], result: 'eligible', confirmedBy: INVESTIGATOR_ID });
  if (!r.ok) throw new Error('seed');
}

const storeOf = (gate: { state: () => unknown }) => (gate.state() as { store: Store }).store;

describe('enrolment', () => {
  it('offers no field for a name, initials or identity number', async () => {
    renderApp('/subjects/s-1', { seed: (store) => eligible(store, 's-1') });
    const form = await screen.findByRole('form', { name: 'Enrolment' });
    const labels = within(form)
      .getAllByRole('textbox')
      .map((box) => box.getAttribute('id'))
      .map((id) => form.querySelector(`label[for="${id}"]`)?.textContent ?? '');
    expect(labels).toEqual(['Subject number', 'Year of birth', 'Day 1 (first infusion)']);
    for (const forbidden of [/name/i, /initials/i, /identity/i, /ID card/i, /身份证/]) {
      expect(within(form).queryByLabelText(forbidden)).toBeNull();
    }
    expect(within(form).getByText(/never enter a name, initials or identity number/)).toBeInTheDocument();
  });

  it('makes the subject code from the site and the number, refusing other formats', async () => {
    const user = userEvent.setup();
    const { gate } = renderApp('/subjects/s-2', {
      seed: async (store) => {
        await eligible(store, 's-2');
        await enrolled(store, 's-old', '03-007', '2025-01-02');
      },
    });
    const form = await screen.findByRole('form', { name: 'Enrolment' });
    const number = within(form).getByLabelText('Subject number');
    expect(number).toHaveValue('8');
    expect(within(form).getByText('Subject code: 03-008')).toBeInTheDocument();

    await user.clear(number);
    await user.type(number, 'A-12');
    await user.click(within(form).getByRole('radio', { name: 'Female' }));
    await user.type(within(form).getByLabelText('Year of birth'), '1968');
    await user.click(within(form).getByRole('radio', { name: 'Enter by hand' }));
    await user.type(within(form).getByLabelText('Kit number'), 'K-77');
    await user.click(within(form).getByRole('button', { name: 'Enrol subject' }));
    expect(within(form).getByText('The subject number is 1 to 6 digits, from 1.')).toBeInTheDocument();
    expect(number).toHaveAttribute('aria-invalid', 'true');

    await user.clear(number);
    await user.type(number, '12');
    expect(within(form).getByText('Subject code: 03-012')).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Enrol subject' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Subject 03-012' })).toBeInTheDocument();
    const subject = await getSubject(storeOf(gate), 's-2');
    expect(subject).toMatchObject({ code: '03-012', sex: 'F', birthYear: 1968, day1: '2025-03-10', status: 'on-study', kitNumber: 'K-77', stage: 1 });
  });

  it('refuses a code already used at the site, keeping what was typed', async () => {
    const user = userEvent.setup();
    renderApp('/subjects/s-3', {
      seed: async (store) => {
        await eligible(store, 's-3');
        await enrolled(store, 's-old', '03-001', '2025-01-02');
      },
    });
    const form = await screen.findByRole('form', { name: 'Enrolment' });
    await user.clear(within(form).getByLabelText('Subject number'));
    await user.type(within(form).getByLabelText('Subject number'), '1');
    await user.click(within(form).getByRole('radio', { name: 'Male' }));
    await user.click(within(form).getByRole('radio', { name: 'By age in years' }));
    await user.type(within(form).getByLabelText('Age (years)'), '52');
    await user.click(within(form).getByRole('radio', { name: 'Enter by hand' }));
    await user.type(within(form).getByLabelText('Kit number'), 'K-78');
    await user.click(within(form).getByRole('button', { name: 'Enrol subject' }));
    const alert = await screen.findByRole('alertdialog', { name: 'Not saved' });
    expect(alert).toHaveTextContent('subject code 03-001 is already used');
    await user.click(within(alert).getByRole('button', { name: 'OK' }));
    expect(within(form).getByLabelText('Age (years)')).toHaveValue('52');
    expect(within(form).getByLabelText('Kit number')).toHaveValue('K-78');
  });
});
