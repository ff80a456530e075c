/**
 * shared/policy: which role may append which event, as data (PERMISSIONS) and as a function
 * (canAppend / canAppendEvent → Result with an English and Chinese reason).
 *
 * Purpose: one answer for the UI (hide what a role cannot do) and the store (renderer/db refuses a local
 * write whose role may not make it). Non-goals: users, credentials and sessions (the access-control
 * issue); blinding of forms and items (shared/forms); re-judging imported events, which are facts.
 */
export { POLICY_ROLES, ROLE_LABELS, isPolicyRole, type Bilingual, type PolicyRole } from './roles';
export { PERMISSIONS, SYSTEM_QUERY_ROLES, type Permission } from './permissions';
export { allowedEventTypes, canAppend, canAppendEvent, type PolicyRefusal } from './can-append';
