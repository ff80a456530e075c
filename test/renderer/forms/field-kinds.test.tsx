import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FIELD_KINDS } from '../../../shared/forms';
import { FIELD_INPUTS } from '../../../renderer/forms/field-registry';
import { localDate } from '../../../renderer/forms/inputs/local-time';
import { lastSaved, renderForm } from './support/render-form';

const group = (name: string | RegExp) => screen.getByRole('group', { name });

describe('the field registry', () => {
  it('has a component for every field kind of the form engine', () => {
    expect(Object.keys(FIELD_INPUTS).sort()).toEqual([...FIELD_KINDS].sort());
  });
});

describe('field kinds', () => {
  it('quantity: a labelled number with its unit choice and a < / > qualifier, saved as typed and parsed', async () => {
    const user = userEvent.setup();
    const { saved } = renderForm('labs');
    const bilirubin = screen.getByRole('textbox', { name: 'Total bilirubin' });
    const unit = screen.getByRole('combobox', { name: 'Unit of Total bilirubin' });
    expect(within(unit).getAllByRole('option').map((o) => o.textContent)).toEqual(['µmol/L', 'mg/dL']);
    expect(unit).toHaveValue('µmol/L');
    await user.selectOptions(screen.getByRole('combobox', { name: /Qualifier of Total bilirubin/ }), '<');
    await user.type(bilirubin, '5');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(lastSaved(saved, 'bilirubin')?.entry).toMatchObject({ status: 'value', value: 5, entered: '5', qualifier: '<', unit: 'µmol/L' }));
  });

  it('integer: a whole number; a decimal is refused with a message tied to the input', async () => {
    const user = userEvent.setup();
    const { saved } = renderForm('demographics', { visitId: 'screening' });
    const birthYear = screen.getByRole('textbox', { name: 'Year of birth' });
    await user.type(birthYear, '1975.5');
    await user.keyboard('{Enter}');
    const problem = await within(group('Year of birth')).findByText(/whole number/i);
    expect(birthYear).toHaveAttribute('aria-invalid', 'true');
    expect(birthYear.getAttribute('aria-describedby')).toContain(problem.closest('ul')?.id);
    expect(lastSaved(saved, 'birthYear')).toBeUndefined();
    await user.clear(birthYear);
    await user.type(birthYear, '1975');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(lastSaved(saved, 'birthYear')?.entry).toMatchObject({ status: 'value', value: 1975 }));
  });

  it('text: free text saved as typed', async () => {
    const user = userEvent.setup();
    const { saved } = renderForm('adverse-events');
    await user.type(screen.getByRole('textbox', { name: 'Adverse event term' }), 'Fever');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(lastSaved(saved, 'aeTerm')?.entry).toMatchObject({ status: 'value', value: 'Fever' }));
  });

  it('date: YYYY-MM-DD, a "Today" button, and a clear message for an impossible date', async () => {
    const user = userEvent.setup();
    const { saved } = renderForm('visit');
    const date = screen.getByRole('textbox', { name: 'Visit date' });
    await user.type(date, '2025-13-01');
    await user.keyboard('{Enter}');
    expect(await within(group('Visit date')).findByText(/date/i, { selector: 'li' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Today as Visit date' }));
    expect(date).toHaveValue(localDate(new Date()));
    date.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(lastSaved(saved, 'visitDate')?.entry).toMatchObject({ status: 'value', value: localDate(new Date()) }));
  });

  it('date and time: local "YYYY-MM-DD HH:mm", stored as an ISO local date-time', async () => {
    const user = userEvent.setup();
    const { saved } = renderForm('infusion');
    await user.type(screen.getByRole('textbox', { name: 'Infusion start (date and time)' }), '2025-03-10 08:30');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(lastSaved(saved, 'infusionStart')?.entry).toMatchObject({ status: 'value', value: '2025-03-10T08:30' }));
  });

  it('choice: radio buttons for a short list, a select for a long one', async () => {
    const user = userEvent.setup();
    const { saved } = renderForm('clinical');
    const ascites = screen.getByRole('radiogroup', { name: 'Ascites grade' });
    expect(within(ascites).getAllByRole('radio')).toHaveLength(4);
    const he = screen.getByRole('combobox', { name: 'Hepatic encephalopathy grade (West Haven)' });
    expect(within(he).getAllByRole('option').length).toBeGreaterThan(5);
    await user.click(within(ascites).getAllByRole('radio')[2] as HTMLElement);
    await user.selectOptions(he, within(he).getAllByRole('option')[1] as HTMLOptionElement);
    he.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => {
      expect(lastSaved(saved, 'ascitesGrade')?.entry).toMatchObject({ status: 'value', value: '2' });
      expect(lastSaved(saved, 'heGrade')?.entry).toMatchObject({ status: 'value' });
    });
  });

  it('boolean: Yes / No radio buttons, unanswered until chosen', async () => {
    const user = userEvent.setup();
    const { saved } = renderForm('infusion');
    const given = screen.getByRole('radiogroup', { name: 'Study product administered' });
    const [yes, no] = within(given).getAllByRole('radio') as [HTMLInputElement, HTMLInputElement];
    expect(yes).not.toBeChecked();
    expect(no).not.toBeChecked();
    await user.click(within(given).getByRole('radio', { name: 'No' }));
    fireEvent.blur(no, { relatedTarget: document.body });
    await waitFor(() => expect(lastSaved(saved, 'infusionGiven')?.entry).toMatchObject({ status: 'value', value: false }));
    expect(screen.getByRole('textbox', { name: 'Reason not administered' })).toBeInTheDocument();
  });
});
