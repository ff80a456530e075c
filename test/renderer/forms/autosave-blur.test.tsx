import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { lastSaved, renderForm } from './support/render-form';

describe('autosave in the form', () => {
  it('saves a field as soon as the focus leaves it, without waiting for the pause', async () => {
    const user = userEvent.setup();
    const { saved } = renderForm('labs');
    await user.type(screen.getByRole('textbox', { name: 'Total bilirubin' }), '342');
    expect(within(screen.getByRole('group', { name: 'Total bilirubin' })).getByText('Unsaved')).toBeInTheDocument();
    expect(saved).toHaveLength(0);
    await user.click(screen.getByRole('textbox', { name: 'Albumin' }));
    await waitFor(() => expect(lastSaved(saved, 'bilirubin')?.entry).toMatchObject({ value: 342 }));
    expect(await within(screen.getByRole('group', { name: 'Total bilirubin' })).findByText('Saved')).toBeInTheDocument();
  });

  it('does not save while the focus moves between the parts of one field (value, then unit)', async () => {
    const user = userEvent.setup();
    const { saved } = renderForm('labs');
    await user.type(screen.getByRole('textbox', { name: 'Total bilirubin' }), '20');
    await user.tab();
    expect(screen.getByRole('combobox', { name: 'Unit of Total bilirubin' })).toHaveFocus();
    expect(saved).toHaveLength(0);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Unit of Total bilirubin' }), 'mg/dL');
    await user.click(screen.getByRole('textbox', { name: 'Albumin' }));
    await waitFor(() => expect(lastSaved(saved, 'bilirubin')?.entry).toMatchObject({ value: 342, enteredUnit: 'mg/dL' }));
    expect(saved.filter((s) => s.address.itemId === 'bilirubin')).toHaveLength(1);
  });

  it('saves after the pause while the nurse stays in the field', async () => {
    const user = userEvent.setup();
    const { saved } = renderForm('labs', { delayMs: 20 });
    await user.type(screen.getByRole('textbox', { name: 'Albumin' }), '28');
    await waitFor(() => expect(lastSaved(saved, 'albumin')?.entry).toMatchObject({ value: 28 }));
    expect(screen.getByRole('textbox', { name: 'Albumin' })).toHaveFocus();
  });

  it('Enter saves and moves to the next field', async () => {
    const user = userEvent.setup();
    const { saved } = renderForm('labs');
    await user.type(screen.getByRole('textbox', { name: 'Total bilirubin' }), '342{Enter}');
    expect(screen.getByRole('textbox', { name: 'Albumin' })).toHaveFocus();
    await user.keyboard('28{Enter}');
    expect(screen.getByRole('textbox', { name: 'International normalised ratio (INR)' })).toHaveFocus();
    await waitFor(() => expect(saved.map((s) => s.address.itemId)).toEqual(['bilirubin', 'albumin']));
  });
});
