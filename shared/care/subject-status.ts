/**
 * Study status changes a site may record. From on study, any end of participation. After withdrawal or
 * loss to follow-up, vital status is still recordable: died, or liver transplantation; after a liver
 * transplantation, death. "Back on study" corrects a status recorded by mistake (it needs a reason for
 * change, enforced by the store's rules).
 */
import type { SubjectStatus } from '../events';

export const END_STATUSES = ['withdrawn', 'lost-to-follow-up', 'died', 'liver-transplant', 'completed'] as const;
export type EndStatus = (typeof END_STATUSES)[number];
export type StatusChoice = EndStatus | 'on-study';

const VITAL: readonly StatusChoice[] = ['died', 'liver-transplant'];

export function statusChoices(current: SubjectStatus): readonly StatusChoice[] {
  switch (current) {
    case 'on-study':
      return END_STATUSES;
    case 'withdrawn':
    case 'lost-to-follow-up':
      return [...VITAL, 'on-study'];
    case 'liver-transplant':
      return ['died', 'on-study'];
    case 'died':
    case 'completed':
      return ['on-study'];
    case 'screening':
    case 'screen-failed':
    case 'eligible':
      return [];
  }
}

/** A withdrawal needs its reason (the store refuses it without one); other changes may give one. */
export const needsStatusReason = (status: StatusChoice): boolean => status === 'withdrawn';
/** Putting a subject back on study corrects the record: it needs a reason for change. */
export const needsReasonForChange = (status: StatusChoice): boolean => status === 'on-study';
