import { Dexie } from 'dexie';
import type { CrfEventDraft } from '../../shared/events';
import type { Issue } from '../../shared/lib/result';
import { canAppendEvent, isPolicyRole, type PolicyRole } from '../../shared/policy';
import type { CrfDatabase } from './database';
import { appendSecurityLog } from './security-log-repo';

/**
 * The role policy (shared/policy) as store issues: empty when the draft's role may append it. Checked
 * for local writes only; imported events are facts and are never re-judged (chain-repo).
 * The issue's message is English, like every store issue; the UI gets both languages from
 * canAppendEvent itself, which it calls first to hide what a role cannot do.
 *
 * A refusal is also written to the security log (user, role, event type), given the database. That write
 * runs outside the event transaction (which is about to abort and does not cover the log), and a failure
 * to log must not turn the refusal into something else, so it is not awaited here; IndexedDB runs it
 * before any later transaction on the log, so a reader after the refused write sees it.
 */
/**
 * What is judged: the acting user and role and the command. Checked before the draft is parsed, because
 * the acting role may be one no event can carry (the administrator), and that refusal must be logged too.
 */
export interface Attempt extends Pick<CrfEventDraft, 'type' | 'payload' | 'userId' | 'at'> {
  readonly role: PolicyRole;
}

export function rolePolicyIssues(draft: Attempt, db?: CrfDatabase): Issue[] {
  if (!isPolicyRole(draft.role)) return [{ path: ['role'], message: `unknown role: ${String(draft.role)}`, severity: 'error' }];
  const allowed = canAppendEvent(draft.role, draft);
  if (allowed.ok) return [];
  if (db !== undefined) logRefusal(db, draft);
  return [{ path: ['role'], message: allowed.issues.message.en, severity: 'error' }];
}

function logRefusal(db: CrfDatabase, draft: Attempt): void {
  const entry = { kind: 'command-refused', at: draft.at, userId: draft.userId, role: draft.role, eventType: draft.type } as const;
  void Dexie.ignoreTransaction(() => appendSecurityLog(db, entry)).catch(() => undefined);
}
