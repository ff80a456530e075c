/**
 * The signing controls where they are mounted, in the whole app: a signed form on the visit page (read-only,
 * the signature shown, no Complete), the same form after the signature was voided (the void shown, editable
 * again), and the casebook page's Sign casebook… button and voided signature. The accounts here cannot sign
 * in with a password (test accounts), so signing itself is tested with the dialogs (sign-dialog.test.tsx,
 * signing-panel.test.tsx) and end to end (test/e2e/signing.test.ts).
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { applySignature, completeForm, listSignatures, voidSignature, type Store } from '../../../../renderer/db';
import type { Role } from '../../../../shared/events';
import { renderApp } from '../../app/support/render-app';
import { CASEBOOK_PATH, seedCasebookSubject, seedPeople, SUBJECT_ID } from '../casebook/seed-casebook';

const LABS_PATH = `/subjects/${SUBJECT_ID}/visits/w0?form=labs`;
const INVESTIGATOR = { userId: 'user-investigator-1', role: 'investigator' as const, protocolId: 'NCT05985863', protocolVersion: '0.1' };

async function seed(store: Store, as: Role, voided: boolean): Promise<void> {
  await seedCasebookSubject(store);
  await seedPeople(store, { role: as, blinded: true });
  if (!voided) return;
  const [signature] = await listSignatures(store, SUBJECT_ID);
  if (signature === undefined) throw new Error('the seed signs the labs');
  const result = await voidSignature(store, INVESTIGATOR, signature.signatureId, 'Bilirubin unit to correct');
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
}

const open = (path: string, as: Role, voided = false) =>
  renderApp(path, { user: { displayName: 'Wang Li', role: as === 'investigator' ? 'investigator' : 'nurse', blinded: true }, seed: (store) => seed(store, as, voided) });

const NURSE_CTX = { ...INVESTIGATOR, userId: 'user-nurse-1', role: 'nurse' as const };

/** The week-0 adverse-event log (its row and the log itself) completed and signed at form level. */
async function signedLog(store: Store): Promise<void> {
  await seed(store, 'nurse', false);
  const log = { subjectId: SUBJECT_ID, visitId: 'w0', formId: 'adverse-events' };
  for (const written of [
    await completeForm(store, NURSE_CTX, { ...log, recordId: 'ae-1' }),
    await completeForm(store, NURSE_CTX, log),
    await applySignature(store, INVESTIGATOR, log, { level: 'form', signerName: 'Dr Zhao', meaning: 'Reviewed' }),
  ]) {
    if (!written.ok) throw new Error(JSON.stringify(written.issues));
  }
}

describe('signed data on the visit page and in the casebook', () => {
  it('locks the rows of a signed log: no adding or removing, values read-only', async () => {
    renderApp(`/subjects/${SUBJECT_ID}/visits/w0?form=adverse-events`, { seed: signedLog });
    await screen.findByText(/^Signed by Dr Zhao, .*: “Reviewed” \(form signature\)\.$/, {}, { timeout: 15_000 });
    expect(screen.getByRole('region', { name: /^Adverse events 1/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Remove / })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Add: / })).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Adverse event term' })).toHaveAttribute('readonly');
  });

  it('shows the nurse a signed form with its signature, read-only values described by the lock, and no Complete', async () => {
    open(LABS_PATH, 'nurse');
    const signed = await screen.findByText(/^Signed by Dr Zhao, .*: “I confirm these data” \(form signature\)\.$/, {}, { timeout: 15_000 });
    expect(signed).toBeInTheDocument();
    const lock = screen.getByText(/^Locked by the signature of Dr Zhao \(form\)/);
    const bilirubin = screen.getByRole('textbox', { name: 'Total bilirubin' });
    expect(bilirubin).toHaveAttribute('readonly');
    expect(bilirubin.getAttribute('aria-describedby')?.split(' ')).toContain(lock.id);
    expect(screen.queryByRole('button', { name: /^Complete form/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Unlock/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Sign( visit| casebook)?…$/ })).toBeNull();
  });

  it('offers the investigator Unlock… on the form and Sign visit… on the visit', async () => {
    open(LABS_PATH, 'investigator');
    await screen.findByText(/^Signed by Dr Zhao/, {}, { timeout: 15_000 });
    expect(screen.getByRole('button', { name: 'Unlock…' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign visit…' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sign…' })).toBeNull();
  });

  it('after the void shows who voided it and why, and the values are editable again', async () => {
    open(LABS_PATH, 'nurse', true);
    expect(
      await screen.findByText(/^Signature of Dr Zhao \(.*“I confirm these data”\) voided by Dr Zhao, .*: Bilirubin unit to correct$/, {}, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/^Signed by /)).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Total bilirubin' })).not.toHaveAttribute('readonly');
  });

  it('puts Sign casebook… on the casebook for an investigator and lists the voided signature with its reason', async () => {
    open(CASEBOOK_PATH, 'investigator', true);
    await screen.findByRole('heading', { level: 1, name: 'Casebook of subject 03-001' }, { timeout: 15_000 });
    expect(await screen.findByRole('button', { name: 'Sign casebook…' })).toBeInTheDocument();
    const table = within(screen.getByRole('region', { name: 'Signatures' })).getByRole('table');
    expect(table).toHaveTextContent('Dr Zhao');
    expect(table).toHaveTextContent('I confirm these data');
    expect(table).toHaveTextContent('Bilirubin unit to correct');
  });
});
