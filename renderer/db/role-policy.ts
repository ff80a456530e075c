import type { CrfEventDraft } from '../../shared/events';
import type { Issue } from '../../shared/lib/result';
import { canAppendEvent } from '../../shared/policy';

/**
 * The role policy (shared/policy) as store issues: empty when the draft's role may append it. Checked
 * for local writes only; imported events are facts and are never re-judged (chain-repo).
 * The issue's message is English, like every store issue; the UI gets both languages from
 * canAppendEvent itself, which it calls first to hide what a role cannot do.
 */
export function rolePolicyIssues(draft: CrfEventDraft): Issue[] {
  const allowed = canAppendEvent(draft.role, draft);
  return allowed.ok ? [] : [{ path: ['role'], message: allowed.issues.message.en, severity: 'error' }];
}
