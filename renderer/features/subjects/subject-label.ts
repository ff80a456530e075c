import type { SubjectRow } from '../../../shared/events';

/** How a subject is named on screen: its code once enrolled, before that a short screening number. */
export function subjectLabel(subject: Pick<SubjectRow, 'code' | 'subjectId'>): string {
  return subject.code ?? `SCR-${subject.subjectId.replace(/[^A-Za-z0-9]/g, '').slice(0, 8).toUpperCase()}`;
}
