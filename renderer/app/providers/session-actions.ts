import { fail, ok, type Result } from '../../../shared/lib/result';
import { setSetting, type Store, type WriteError } from '../../db';
import type { NewUser } from './session-context';
import type { SessionUser } from './session';

/** Adds a person to this laptop's users and opens their session (two settings rows, users first). */
export async function addSessionUser(store: Store, users: readonly SessionUser[], draft: NewUser): Promise<Result<SessionUser, WriteError>> {
  const user: SessionUser = { userId: store.newId(), displayName: draft.displayName.trim(), role: draft.role, blinded: draft.blinded };
  const saved = await setSetting(store, 'users', [...users, user]);
  if (!saved.ok) return saved;
  const chosen = await setSetting(store, 'currentUserId', user.userId);
  return chosen.ok ? ok(user) : chosen;
}

export async function chooseSessionUser(store: Store, users: readonly SessionUser[], userId: string): Promise<Result<void, WriteError>> {
  if (!users.some((u) => u.userId === userId)) {
    return fail({ kind: 'rejected', message: 'unknown user', issues: [{ path: ['currentUserId'], message: 'unknown user', severity: 'error' }] });
  }
  return setSetting(store, 'currentUserId', userId);
}
