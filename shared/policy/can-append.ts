/**
 * The policy as a function: may this role append this event? A refusal says why in English and Chinese
 * and names the roles that may, so the UI can show it as is.
 */
import type { CrfEventDraft, EventType } from '../events';
import { fail, ok, type Result } from '../lib/result';
import { PERMISSIONS, SYSTEM_QUERY_ROLES } from './permissions';
import { ROLE_LABELS, type Bilingual, type PolicyRole } from './roles';

export interface PolicyRefusal {
  readonly code: 'policy.role-forbidden';
  readonly role: PolicyRole;
  readonly eventType: EventType;
  /** The roles that may append it (empty: nobody, e.g. an unknown role). */
  readonly allowedRoles: readonly PolicyRole[];
  readonly message: Bilingual;
}

const list = (roles: readonly PolicyRole[], lang: keyof Bilingual): string => {
  const names = roles.map((r) => ROLE_LABELS[r][lang]);
  if (lang === 'zh') return names.join('、');
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names.at(-1) ?? ''}`;
};

function refusal(role: PolicyRole, eventType: EventType, allowedRoles: readonly PolicyRole[]): PolicyRefusal {
  const { action } = PERMISSIONS[eventType];
  const who = ROLE_LABELS[role];
  return {
    code: 'policy.role-forbidden',
    role,
    eventType,
    allowedRoles,
    message: {
      en: `A ${who.en} may not ${action.en}: only a ${list(allowedRoles, 'en')} may.`,
      zh: `${who.zh}无权${action.zh}：仅${list(allowedRoles, 'zh')}可以操作。`,
    },
  };
}

/** Whether `role` may append events of `eventType` (for a query: a manual one; see canAppendEvent). */
export function canAppend(role: PolicyRole, eventType: EventType): Result<true, PolicyRefusal> {
  const { roles } = PERMISSIONS[eventType];
  return roles.includes(role) ? ok(true) : fail(refusal(role, eventType, roles));
}

/**
 * canAppend for a whole draft: a system query (`query.opened` with `system: true`) is raised by the
 * application in the current user's session, so it is allowed to every role that works with data.
 */
export function canAppendEvent(role: PolicyRole, draft: Pick<CrfEventDraft, 'type' | 'payload'>): Result<true, PolicyRefusal> {
  if (draft.type === 'query.opened' && 'system' in draft.payload && draft.payload.system === true) {
    return SYSTEM_QUERY_ROLES.includes(role) ? ok(true) : fail(refusal(role, draft.type, SYSTEM_QUERY_ROLES));
  }
  return canAppend(role, draft.type);
}

/** Every event type the role may append (manual queries only), in the order of PERMISSIONS. */
export function allowedEventTypes(role: PolicyRole): EventType[] {
  return (Object.keys(PERMISSIONS) as EventType[]).filter((type) => PERMISSIONS[type].roles.includes(role));
}
