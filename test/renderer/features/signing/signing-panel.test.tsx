import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { applySignature, listSignatures, setItemValue, type Store } from '../../../../renderer/db';
import { SigningPanel, useSigningRows } from '../../../../renderer/features/signing';
import type { SigningScope } from '../../../../shared/events/reducers/signatures';
import { LAB } from '../../../shared/events/builders';
import { bilirubin } from '../../db/fixtures';
import { expectOk, INVESTIGATOR, NURSE, openTestStore } from '../../db/helpers';
import { completedLabs, DR_LI, NAMES, NURSE_WANG, PASSWORD, renderSigning, type Person } from './harness';

const FORM_SCOPE: SigningScope = { level: 'form', subjectId: 'subj-1', visitId: 'W4', formId: 'labs' };
const VISIT_SCOPE: SigningScope = { level: 'visit', subjectId: 'subj-1', visitId: 'W4' };
const PROTOCOL = { id: 'NCT05985863', version: '1.0' };

function Panel({ scope }: { readonly scope: SigningScope }) {
  const rows = useSigningRows('subj-1');
  return <SigningPanel scope={scope} rows={rows} names={NAMES} protocol={PROTOCOL} lockNoticeId="lock-notice" />;
}

const signLabs = async (store: Store) =>
  expectOk(await applySignature(store, INVESTIGATOR, { subjectId: 'subj-1', visitId: 'W4', formId: 'labs' }, { level: 'form', signerName: 'Dr Li Wei', meaning: 'Reviewed' }));

const show = (store: Store, person: Person, scope: SigningScope = FORM_SCOPE) => renderSigning(<Panel scope={scope} />, { store, person });

describe('the signature state of a form', () => {
  it('shows the signer, time and meaning and the lock; the investigator unlocks with a reason and password, and the void shows', async () => {
    const store = await openTestStore();
    await completedLabs(store);
    await signLabs(store);
    show(store, DR_LI);
    expect(await screen.findByText(/^Signed by Dr Li Wei, 2025-03-01 \d\d:00:\d\d: “Reviewed” \(form signature\)\.$/)).toBeInTheDocument();
    expect(document.getElementById('lock-notice')).toHaveTextContent('Locked by the signature of Dr Li Wei (form)');
    expect(screen.queryByRole('button', { name: 'Sign…' })).toBeNull();

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Unlock…' }));
    const dialog = screen.getByRole('dialog', { name: 'Unlock signed data' });
    expect(dialog).toHaveTextContent('voids the signature of Dr Li Wei on the form “Laboratory tests” of Week 4 (Reviewed');
    await user.type(within(dialog).getByLabelText('Your password'), PASSWORD);
    await user.click(within(dialog).getByRole('button', { name: 'Void the signature and unlock' }));
    expect(within(dialog).getByText('Give the reason for unlocking.')).toBeInTheDocument();
    expect(await listSignatures(store, 'subj-1')).toEqual([expect.objectContaining({ status: 'valid' })]);

    await user.type(within(dialog).getByLabelText('Reason for unlocking'), 'Bilirubin re-run by the lab');
    await user.type(within(dialog).getByLabelText('Your password'), 'wrong');
    await user.click(within(dialog).getByRole('button', { name: 'Void the signature and unlock' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The password is not correct.');
    expect(await listSignatures(store, 'subj-1')).toEqual([expect.objectContaining({ status: 'valid' })]);

    await user.type(within(dialog).getByLabelText('Your password'), PASSWORD);
    await user.click(within(dialog).getByRole('button', { name: 'Void the signature and unlock' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await listSignatures(store, 'subj-1')).toEqual([expect.objectContaining({ status: 'voided', ended: expect.objectContaining({ reason: 'Bilirubin re-run by the lab' }) })]);
    expect(await screen.findByText(/Signature of Dr Li Wei \(.*“Reviewed”\) voided by Dr Li Wei, .*: Bilirubin re-run by the lab/)).toBeInTheDocument();
    expect(document.getElementById('lock-notice')).toBeNull();
    // Unlocked: the nurse may change the value again (with a reason: the form is complete).
    expectOk(await setItemValue(store, NURSE, LAB, bilirubin(90), 'lab re-run'));
    expect(await screen.findByRole('button', { name: 'Sign…' })).toBeInTheDocument();
  });

  it('shows a nurse the signature and the lock but no Sign or Unlock action', async () => {
    const store = await openTestStore();
    await completedLabs(store);
    await signLabs(store);
    show(store, NURSE_WANG);
    expect(await screen.findByText(/^Signed by Dr Li Wei/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Unlock/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Sign/ })).toBeNull();
  });

  it('lists, for a visit, the started forms that are not complete (a form the user cannot see is not named)', async () => {
    const store = await openTestStore();
    await completedLabs(store);
    expectOk(await setItemValue(store, NURSE, { ...LAB, formId: 'vitals', itemId: 'weight' }, { entered: '70', value: 70, unit: 'kg' }));
    show(store, DR_LI, VISIT_SCOPE);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Sign visit…' }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('This cannot be signed yet:');
    expect(alert).toHaveTextContent('A form you cannot see at Week 4 is started but not complete');
    expect(alert).not.toHaveTextContent('vitals');
  });

  it('reads in Chinese', async () => {
    const store = await openTestStore();
    await completedLabs(store);
    await signLabs(store);
    const { i18n } = show(store, DR_LI);
    await act(() => i18n.changeLanguage('zh'));
    expect(await screen.findByText(/^Dr Li Wei 已签名，.*：“Reviewed”（表单签名）。$/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '解锁…' })).toBeInTheDocument();
  });
});
