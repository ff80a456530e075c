/**
 * Accounts for component tests without key derivation: rows written straight into the store (their wrapped
 * key opens with no password, so these people cannot sign in through the screen) and a session opened in
 * memory, as a successful sign-in would leave it. Tests of the sign-in itself use the real functions.
 */
import { act } from '@testing-library/react';
import type { AccountRole } from '../../../../shared/access';
import { openSession } from '../../../../renderer/app/providers';
import type { Store } from '../../../../renderer/db';
import { PBKDF2_ITERATIONS } from '../../../../renderer/security';

export interface TestPerson {
  readonly userId: string;
  readonly displayName: string;
  readonly role: AccountRole;
  readonly blinded: boolean;
  readonly login?: string;
}

const accountOf = (person: TestPerson) => ({
  userId: person.userId,
  login: person.login ?? person.userId.toLowerCase(),
  displayName: person.displayName,
  role: person.role,
  blinded: person.blinded,
  disabled: false,
});

const ROLE_NAMES: Readonly<Record<AccountRole, string>> = {
  nurse: 'Research nurse',
  investigator: 'Investigator',
  monitor: 'Monitor',
  'data-manager': 'Data manager',
  pharmacist: 'Pharmacist',
  administrator: 'Administrator',
};

/** Everyone seeded (by id) and the session last opened: what switchToPerson works with. */
const seeded = new Map<string, TestPerson>();
let currentKey: string | undefined;

/** Puts these people's accounts into the store (replacing ones with the same id). */
export async function seedAccounts(store: Store, people: readonly TestPerson[]): Promise<void> {
  for (const person of people) seeded.set(person.userId, person);
  const unopenable = { kdf: 'PBKDF2-SHA-256', iterations: PBKDF2_ITERATIONS, salt: 'AAAAAAAAAAAAAAAAAAAAAA==', iv: 'AAAAAAAAAAAAAAAA', ciphertext: 'AAAA' } as const;
  await store.db.accounts.bulkPut(people.map((p) => ({ ...accountOf(p), createdAt: '2025-03-01T09:00:00.000Z', wrapped: unopenable, failures: [] })));
}

/** Opens `person`'s session for the real database named `realName` (a plain test store needs no key). */
export function signInAs(realName: string, person: TestPerson): void {
  currentKey = realName;
  seeded.set(person.userId, person);
  openSession(realName, { account: accountOf(person), dataKey: new Uint8Array(32) });
}

/**
 * Signs out and in as another seeded person, found by "Name (Role" (as the old role switch listed them).
 * Their accounts cannot be opened by a password, so the session is opened directly; the sign-in screen itself
 * is tested in test/renderer/app/session and test/e2e/access.test.ts.
 */
export async function switchToPerson(who: RegExp): Promise<void> {
  const person = [...seeded.values()].find((p) => who.test(`${p.displayName} (${ROLE_NAMES[p.role]}`));
  if (person === undefined || currentKey === undefined) throw new Error(`nobody seeded matches ${String(who)}`);
  const key = currentKey;
  await act(async () => signInAs(key, person));
}
