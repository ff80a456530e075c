import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { applySignature, type Store } from '../../../../renderer/db';
import { SignDialog } from '../../../../renderer/features/signing';
import { openTestStore } from '../../db/helpers';
import { completedLabs, DR_LI, fakeConfirm, PASSWORD, renderSigning } from './harness';

const FORM = { subjectId: 'subj-1', visitId: 'W4', formId: 'labs' } as const;

async function signatureEvents(store: Store) {
  return (await store.db.events.where('subjectId').equals('subj-1').toArray()).filter((e) => e.type === 'signature.applied');
}

function openDialog(store: Store, calls: string[] = [], blockers: readonly string[] = []) {
  const done: string[] = [];
  const rendered = renderSigning(
    <SignDialog
      what="the form “Laboratory tests” of Week 4"
      signerName={DR_LI.displayName}
      blockers={blockers}
      confirmPassword={fakeConfirm(calls)}
      onSign={(meaning) => applySignature(store, { userId: DR_LI.userId, role: 'investigator', protocolId: 'NCT05985863', protocolVersion: '1.0' }, FORM, { level: 'form', signerName: DR_LI.displayName, meaning })}
      onDone={() => done.push('done')}
      onCancel={() => done.push('cancel')}
    />,
    { store, person: DR_LI },
  );
  return { ...rendered, done };
}

describe('the sign dialog', () => {
  it('shows what is signed and the printed name, read-only', async () => {
    const store = await openTestStore();
    await completedLabs(store);
    openDialog(store);
    const dialog = screen.getByRole('dialog', { name: 'Sign electronically' });
    expect(dialog).toHaveTextContent('You are signing the form “Laboratory tests” of Week 4.');
    const name = screen.getByLabelText('Printed name');
    expect(name).toHaveValue('Dr Li Wei');
    expect(name).toHaveAttribute('readonly');
    expect(screen.getByRole('radio', { name: 'I approve these data as accurate and complete' })).toBeChecked();
  });

  it('refuses a wrong password: clear error, nothing signed, dialog stays open', async () => {
    const store = await openTestStore();
    await completedLabs(store);
    const calls: string[] = [];
    const { done } = openDialog(store, calls);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Your password'), 'not my password');
    await user.click(screen.getByRole('button', { name: 'Sign' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The password is not correct. Nothing was signed or changed.');
    expect(calls).toEqual(['not my password']);
    expect(await signatureEvents(store)).toEqual([]);
    expect(done).toEqual([]);
    expect(screen.getByLabelText('Your password')).toHaveValue('');
  });

  it('says until when a locked-out signer must wait, and signs nothing', async () => {
    const store = await openTestStore();
    await completedLabs(store);
    openDialog(store);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Your password'), 'locked');
    await user.click(screen.getByRole('button', { name: 'Sign' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/you can try again after 2025-03-01 \d\d:15:00/);
    expect(await signatureEvents(store)).toEqual([]);
  });

  it('asks for the password before checking anything', async () => {
    const store = await openTestStore();
    await completedLabs(store);
    const calls: string[] = [];
    openDialog(store, calls);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign' }));
    expect(screen.getByText('Enter your password to sign.')).toBeInTheDocument();
    expect(calls).toEqual([]);
  });

  it('with the right password writes signature.applied with the signer’s name and the chosen meaning', async () => {
    const store = await openTestStore();
    await completedLabs(store);
    const { done } = openDialog(store);
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Reviewed' }));
    await user.type(screen.getByLabelText('Your password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign' }));
    await waitFor(() => expect(done).toEqual(['done']));
    const [event, ...more] = await signatureEvents(store);
    expect(more).toEqual([]);
    expect(event).toMatchObject({
      type: 'signature.applied',
      userId: 'u-investigator',
      role: 'investigator',
      visitId: 'W4',
      formId: 'labs',
      payload: { level: 'form', signerName: 'Dr Li Wei', meaning: 'Reviewed' },
    });
  });

  it('takes a meaning in the signer’s own words, and requires it', async () => {
    const store = await openTestStore();
    await completedLabs(store);
    const { done } = openDialog(store);
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Other (write the meaning)' }));
    await user.type(screen.getByLabelText('Your password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign' }));
    expect(screen.getByText('Write the meaning of the signature.')).toBeInTheDocument();
    expect(await signatureEvents(store)).toEqual([]);
    await user.type(screen.getByLabelText('Meaning in your words'), 'Checked against the hospital record');
    await user.click(screen.getByRole('button', { name: 'Sign' }));
    await waitFor(() => expect(done).toEqual(['done']));
    expect((await signatureEvents(store))[0]).toMatchObject({ payload: { meaning: 'Checked against the hospital record' } });
  });

  it('lists what blocks the signature instead of asking for the password', async () => {
    const store = await openTestStore();
    await completedLabs(store);
    openDialog(store, [], ['“Vital signs” of Week 4 is started but not complete.']);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('This cannot be signed yet:');
    expect(alert).toHaveTextContent('“Vital signs” of Week 4 is started but not complete.');
    expect(screen.queryByLabelText('Your password')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Sign' })).toBeNull();
  });

  it('shows the store’s refusal when the signature cannot be recorded', async () => {
    const store = await openTestStore();
    await completedLabs(store);
    openDialog(store);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Your password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign' }));
    await waitFor(async () => expect(await signatureEvents(store)).toHaveLength(1));
    // A second signature of the same form is refused by the store: the dialog says so.
    openDialog(store);
    await user.type(screen.getAllByLabelText('Your password').at(-1) as HTMLElement, PASSWORD);
    await user.click(screen.getAllByRole('button', { name: 'Sign' }).at(-1) as HTMLElement);
    expect(await screen.findByRole('alert')).toHaveTextContent(/The signature was not recorded: already signed by Dr Li Wei/);
    expect(await signatureEvents(store)).toHaveLength(1);
  });
});
