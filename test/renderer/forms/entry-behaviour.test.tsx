import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { lastSaved, renderForm } from './support/render-form';

const group = (name: string) => screen.getByRole('group', { name });

describe('unit switching', () => {
  it('keeps the number as typed in the chosen unit and shows (and saves) the value converted to the SI unit', async () => {
    const user = userEvent.setup();
    const { saved } = renderForm('labs');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Unit of Total bilirubin' }), 'mg/dL');
    const bilirubin = screen.getByRole('textbox', { name: 'Total bilirubin' });
    await user.type(bilirubin, '20');
    expect(await screen.findByRole('status', { name: 'Total bilirubin in the stored unit' })).toHaveTextContent('= 342 µmol/L');
    expect(bilirubin).toHaveValue('20');
    bilirubin.focus();
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(lastSaved(saved, 'bilirubin')?.entry).toMatchObject({ status: 'value', value: 342, entered: '20', enteredUnit: 'mg/dL', unit: 'µmol/L' }),
    );
  });

  it('switching back to the SI unit saves the number as an SI value, with no conversion shown', async () => {
    const user = userEvent.setup();
    const { saved } = renderForm('labs');
    const unit = screen.getByRole('combobox', { name: 'Unit of Serum creatinine' });
    await user.selectOptions(unit, 'mg/dL');
    await user.type(screen.getByRole('textbox', { name: 'Serum creatinine' }), '1');
    expect(await screen.findByRole('status', { name: 'Serum creatinine in the stored unit' })).toHaveTextContent('= 88.4 µmol/L');
    await user.selectOptions(unit, 'µmol/L');
    expect(screen.queryByRole('status', { name: 'Serum creatinine in the stored unit' })).toBeNull();
    screen.getByRole('textbox', { name: 'Serum creatinine' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(lastSaved(saved, 'creatinine')?.entry).toMatchObject({ status: 'value', value: 1, entered: '1' }));
    expect(lastSaved(saved, 'creatinine')?.entry).not.toHaveProperty('enteredUnit');
  });
});

describe('validation messages', () => {
  it('a decimal comma cannot be read: the message says why, the field is marked invalid and shows "cannot be read", nothing is saved', async () => {
    const user = userEvent.setup();
    const { saved } = renderForm('labs');
    const albumin = screen.getByRole('textbox', { name: 'Albumin' });
    await user.type(albumin, '28,5');
    await user.keyboard('{Enter}');
    const row = group('Albumin');
    expect(await within(row).findByText(/decimal/i, { selector: 'li' })).toBeInTheDocument();
    expect(albumin).toHaveAttribute('aria-invalid', 'true');
    expect(await within(row).findByText('Unsaved: cannot be read')).toBeInTheDocument();
    expect(albumin).toHaveValue('28,5');
    expect(lastSaved(saved, 'albumin')).toBeUndefined();
  });

  it('an impossible value is saved and kept, but flagged as an error (it will block completion)', async () => {
    const user = userEvent.setup();
    const { saved } = renderForm('labs');
    await user.type(screen.getByRole('textbox', { name: 'Total bilirubin' }), '5000');
    await user.keyboard('{Enter}');
    const row = group('Total bilirubin');
    expect(await within(row).findByText(/1[ ,]?200/, { selector: 'li' })).toHaveClass('entry-problem--error');
    await waitFor(() => expect(lastSaved(saved, 'bilirubin')?.entry).toMatchObject({ value: 5000 }));
  });

  it('"required" appears only once completion was tried, and the messages follow the language', async () => {
    renderForm('labs', { showRequired: true, language: 'zh' });
    const row = screen.getByRole('group', { name: '总胆红素' });
    expect(within(row).getByText(/必填/, { selector: 'li' })).toBeInTheDocument();
    const quiet = renderForm('labs');
    expect(within(quiet.container).queryAllByText(/required/i, { selector: 'li' })).toHaveLength(0);
  });
});

describe('missing reasons', () => {
  it('a missing reason replaces the value (stored apart from it), and typing a value withdraws the reason', async () => {
    const user = userEvent.setup();
    const { saved } = renderForm('labs');
    const sodium = screen.getByRole('textbox', { name: 'Serum sodium' });
    await user.type(sodium, '130');
    const reason = screen.getByRole('combobox', { name: 'Missing reason for Serum sodium' });
    await user.selectOptions(reason, 'NOT DONE');
    expect(sodium).toHaveValue('');
    reason.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(lastSaved(saved, 'sodium')?.entry).toEqual({ status: 'missing', reason: 'NOT DONE' }));
    await user.type(sodium, '131');
    expect(reason).toHaveValue('');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(lastSaved(saved, 'sodium')?.entry).toMatchObject({ status: 'value', value: 131 }));
  });

  it('offers "pending" (NAV) and never "not applicable" on a field that always applies', () => {
    renderForm('labs');
    const options = within(screen.getByRole('combobox', { name: 'Missing reason for Total bilirubin' })).getAllByRole('option').map((o) => o.getAttribute('value'));
    expect(options).toContain('NAV');
    expect(options).not.toContain('NA');
  });
});

describe('soft-range confirmation', () => {
  it('an unusual value asks for confirmation inline; confirming saves it as confirmed; changing the value withdraws it', async () => {
    const user = userEvent.setup();
    const { saved } = renderForm('labs');
    const bilirubin = screen.getByRole('textbox', { name: 'Total bilirubin' });
    await user.type(bilirubin, '800');
    const row = group('Total bilirubin');
    expect(await within(row).findByText(/700/, { selector: 'li' })).toHaveClass('entry-problem--warning');
    const confirm = within(row).getByRole('checkbox', { name: 'Confirm the unusual value of Total bilirubin' });
    await user.click(confirm);
    bilirubin.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(lastSaved(saved, 'bilirubin')?.entry).toMatchObject({ value: 800, softRangeConfirmed: true }));
    await user.type(bilirubin, '{Backspace}1');
    expect(within(row).getByRole('checkbox', { name: 'Confirm the unusual value of Total bilirubin' })).not.toBeChecked();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(lastSaved(saved, 'bilirubin')?.entry).toMatchObject({ value: 801 }));
    expect(lastSaved(saved, 'bilirubin')?.entry).not.toHaveProperty('softRangeConfirmed');
  });
});
