import { nextVisit, subjectSchedule, type CareScheduledVisit } from '../../../../shared/care';
import type { SubjectRow } from '../../../../shared/events';
import type { Protocol } from '../../../../shared/protocol';
import { useProtocols, useStore } from '../../../app/providers';
import { useToday } from '../../../app/use-today';
import { subjectsWithVisits } from '../../../db/care-reads';
import { useLiveQuery, type LiveQueryState } from '../../../db/use-live-query';

export interface SubjectListRow {
  readonly subject: SubjectRow;
  /** The version the subject is on (undefined if this laptop lacks it). */
  readonly protocol: Protocol | undefined;
  readonly next: CareScheduledVisit | undefined;
}

/** The subjects of one protocol (any version) with their next visit, live. */
export function useSubjectRows(protocolId: string): LiveQueryState<SubjectListRow[]> {
  const store = useStore();
  const { get } = useProtocols();
  const today = useToday();
  const rows = useLiveQuery(() => subjectsWithVisits(store), [store]);
  if (rows.status !== 'ready') return rows;
  return {
    status: 'ready',
    value: rows.value
      .filter(({ subject }) => subject.protocolId === protocolId)
      .map(({ subject, visits }) => {
        const protocol = get(subject.protocolId, subject.protocolVersion);
        const schedule = protocol === undefined ? undefined : subjectSchedule(protocol, subject, visits, today);
        return { subject, protocol, next: schedule?.ok === true ? nextVisit(schedule.value) : undefined };
      })
      .sort((a, b) => (a.subject.code ?? '\uffff').localeCompare(b.subject.code ?? '\uffff') || a.subject.screening.screenedOn.localeCompare(b.subject.screening.screenedOn)),
  };
}
