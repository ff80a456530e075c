import { dueVisits, subjectSchedule, type DueVisit } from '../../../shared/care';
import type { QueryRow, SubjectRow } from '../../../shared/events';
import { useProtocols, useStore } from '../../app/providers';
import { useToday } from '../../app/use-today';
import { openQueries, subjectsWithVisits } from '../../db/care-reads';
import { useLiveQuery } from '../../db/use-live-query';

export interface TodayVisit extends DueVisit {
  readonly subject: SubjectRow;
}

export type TodayWork =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly message: string }
  | { readonly status: 'ready'; readonly subjectCount: number; readonly visits: readonly TodayVisit[]; readonly queries: readonly (QueryRow & { readonly subject: SubjectRow | undefined })[] };

/** Every open or overdue visit of the subjects on study, and the open queries; live. */
export function useTodayWork(): TodayWork {
  const store = useStore();
  const { get } = useProtocols();
  const today = useToday();
  const subjects = useLiveQuery(() => subjectsWithVisits(store), [store]);
  const queries = useLiveQuery(() => openQueries(store), [store]);
  if (subjects.status === 'failed') return subjects;
  if (queries.status === 'failed') return queries;
  if (subjects.status !== 'ready' || queries.status !== 'ready') return { status: 'loading' };
  const byId = new Map(subjects.value.map(({ subject }) => [subject.subjectId, subject]));
  const schedules = subjects.value.flatMap(({ subject, visits }) => {
    const protocol = subject.status === 'on-study' ? get(subject.protocolId, subject.protocolVersion) : undefined;
    const schedule = protocol === undefined ? undefined : subjectSchedule(protocol, subject, visits, today);
    return schedule?.ok === true ? [{ subjectId: subject.subjectId, code: subject.code, schedule: schedule.value }] : [];
  });
  const visits = dueVisits(schedules).flatMap((due) => {
    const subject = byId.get(due.subjectId);
    return subject === undefined ? [] : [{ ...due, subject }];
  });
  return {
    status: 'ready',
    subjectCount: subjects.value.length,
    visits,
    queries: queries.value.map((q) => ({ ...q, subject: byId.get(q.subjectId) })),
  };
}
