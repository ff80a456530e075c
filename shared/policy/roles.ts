/**
 * The roles the policy knows. Every role an event can record (shared/events ROLES) is here, plus the
 * administrator, who manages users and devices and never appends trial data, so it never appears in an
 * event envelope.
 */
import { ROLES, type Role } from '../events';

export const POLICY_ROLES = [...ROLES, 'administrator'] as const;
export type PolicyRole = Role | 'administrator';

export interface Bilingual {
  readonly en: string;
  readonly zh: string;
}

export const ROLE_LABELS: Readonly<Record<PolicyRole, Bilingual>> = {
  nurse: { en: 'research nurse', zh: '研究护士' },
  investigator: { en: 'investigator', zh: '研究者' },
  monitor: { en: 'monitor', zh: '监查员' },
  'data-manager': { en: 'data manager', zh: '数据管理员' },
  pharmacist: { en: 'pharmacist', zh: '药师' },
  administrator: { en: 'administrator', zh: '系统管理员' },
};

export const isPolicyRole = (value: unknown): value is PolicyRole =>
  typeof value === 'string' && (POLICY_ROLES as readonly string[]).includes(value);
