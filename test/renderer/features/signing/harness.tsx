import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { SessionContext, type SessionValue } from '../../../../renderer/app/providers/session-context';
import { StoreContext } from '../../../../renderer/app/providers/store-context';
import { completeForm, listEntries, setItemValue, type Store } from '../../../../renderer/db';
import type { ConfirmPassword } from '../../../../renderer/features/signing';
import { createI18n } from '../../../../renderer/i18n';
import { fail, ok } from '../../../../shared/lib/result';
import { LAB } from '../../../shared/events/builders';
import { bilirubin, enrolled } from '../../db/fixtures';
import { expectOk, NURSE } from '../../db/helpers';
import { memoryStorage } from '../../app/support/memory-storage';

export const PASSWORD = 'correct horse battery staple';

/** A password check like the session's: one password is right, "locked" answers a lockout. */
export const fakeConfirm =
  (calls: string[] = []): ConfirmPassword =>
  async (password) => {
    calls.push(password);
    if (password === PASSWORD) return ok(undefined);
    if (password === 'locked') return fail({ kind: 'locked-out', until: '2025-03-01T09:15:00.000Z' });
    return fail({ kind: 'wrong-password' });
  };

export interface Person {
  readonly userId: string;
  readonly displayName: string;
  readonly role: 'nurse' | 'investigator' | 'monitor';
}

export const DR_LI: Person = { userId: 'u-investigator', displayName: 'Dr Li Wei', role: 'investigator' };
export const NURSE_WANG: Person = { userId: 'u-nurse', displayName: 'Wang Li', role: 'nurse' };

/**
 * Renders a signing component with the real store and i18n and a session of `person`. The session is a
 * stand-in with only what the signing feature reads (user, users, writeContext, confirmPassword).
 */
export function renderSigning(ui: ReactElement, options: { store: Store; person: Person; confirmPassword?: ConfirmPassword }) {
  const { store, person } = options;
  const i18n = createI18n({ storage: memoryStorage(), document });
  const user = { ...person, blinded: true };
  const session = {
    user,
    users: [DR_LI, NURSE_WANG].map((p) => ({ ...p, blinded: true })),
    siteId: '03',
    writeContext: (p: { id: string; version: string }) => ({ userId: person.userId, role: person.role, protocolId: p.id, protocolVersion: p.version }),
    confirmPassword: options.confirmPassword ?? fakeConfirm(),
  } as unknown as SessionValue;
  const rendered = render(
    <I18nextProvider i18n={i18n}>
      <StoreContext.Provider value={store}>
        <SessionContext.Provider value={session}>{ui}</SessionContext.Provider>
      </StoreContext.Provider>
    </I18nextProvider>,
  );
  return Object.assign(rendered, { i18n });
}

/** subj-1 with the week-4 labs completed by the nurse. */
export async function completedLabs(store: Store): Promise<void> {
  await enrolled(store);
  expectOk(await setItemValue(store, NURSE, LAB, bilirubin(88.9)));
  expectOk(await completeForm(store, NURSE, LAB));
  if ((await listEntries(store, 'subj-1', 'W4')).length !== 1) throw new Error('expected the labs entry');
}

export const NAMES = {
  subject: '03-001',
  visit: (visitId: string) => (visitId === 'W4' ? 'Week 4' : visitId),
  form: (visitId: string, formId: string) => (visitId === 'W4' && formId === 'labs' ? 'Laboratory tests' : undefined),
};
