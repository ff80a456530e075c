/**
 * The subject's visits in casebook order: the scheduled visits of the subject's allocation in schedule
 * order (shared/care subjectSchedule: dates, window and status on `today`), every other recorded visit
 * instance where it belongs: a scheduled visit the schedule does not list (no day 1 yet, an amendment)
 * by protocol order, an unscheduled or early-termination visit where its start date falls among the
 * scheduled visits' dates.
 */
import { subjectSchedule } from '../care';
import type { SubjectRow, VisitKind, VisitRow } from '../events';
import type { Protocol } from '../protocol';
import type { Bilingual, CasebookVisitStatus } from './casebook-types';

export interface VisitSlot {
  readonly visitId: string;
  readonly visitDefId: string;
  readonly label: Bilingual;
  readonly kind: VisitKind;
  readonly status: CasebookVisitStatus;
  readonly studyDay?: number;
  readonly targetDate?: string;
  readonly windowStart?: string;
  readonly windowEnd?: string;
  readonly row?: VisitRow;
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const recordedStatus = (row: VisitRow | undefined): CasebookVisitStatus =>
  row?.status === 'done' ? 'done' : row?.status === 'not-done' ? 'not-done' : 'started';

interface Placed {
  readonly slot: VisitSlot;
  /** Position among the scheduled visits (index), halves for visits placed between them. */
  readonly position: number;
  readonly date: string;
}

/**
 * `recordedVisitIds`: visit instances that hold data (entries) with or without a visit row. Never fails:
 * a subject without day 1 (screened, not enrolled) has no schedule, and its recorded visits follow the
 * protocol's order.
 */
export function visitSlots(protocol: Protocol, subject: SubjectRow, rows: readonly VisitRow[], recordedVisitIds: Iterable<string>, today: string): VisitSlot[] {
  const rowById = new Map(rows.map((r) => [r.visitId, r]));
  const protocolIndex = new Map(protocol.visits.map((v, i) => [v.id, i]));
  const built = subjectSchedule(protocol, subject, rows, today);
  const schedule = built.ok ? built.value : [];

  const placed: Placed[] = schedule.map((visit, index) => {
    const row = rowById.get(visit.visit);
    return {
      position: index,
      date: visit.visitDate ?? visit.targetDate,
      slot: {
        visitId: visit.visit,
        visitDefId: visit.visit,
        label: visit.label,
        kind: 'scheduled',
        status: visit.status,
        studyDay: visit.studyDay,
        targetDate: visit.targetDate,
        windowStart: visit.windowStart,
        windowEnd: visit.windowEnd,
        ...(row === undefined ? {} : { row }),
      },
    };
  });

  const seen = new Set(schedule.map((v) => v.visit));
  const others = new Set<string>([...rowById.keys(), ...recordedVisitIds]);
  for (const visitId of [...others].sort(compareText)) {
    if (seen.has(visitId)) continue;
    const row = rowById.get(visitId);
    const visitDefId = row?.visitDefId ?? visitId;
    const definition = protocol.visits.find((v) => v.id === visitDefId);
    const kind: VisitKind = row?.kind ?? 'scheduled';
    const date = row?.startedOn ?? row?.visitDate ?? '';
    let position: number;
    if (kind === 'scheduled') {
      const rank = protocolIndex.get(visitDefId) ?? protocolIndex.size;
      const before = schedule.filter((v) => (protocolIndex.get(v.visit) ?? 0) < rank).length;
      position = schedule.length === 0 ? rank : before - 0.5;
    } else {
      position = date === '' || schedule.length === 0 ? Number.MAX_SAFE_INTEGER : schedule.filter((v) => (v.visitDate ?? v.targetDate) <= date).length - 0.25;
    }
    placed.push({
      position,
      date,
      slot: {
        visitId,
        visitDefId,
        label: definition?.label ?? { en: visitDefId, zh: visitDefId },
        kind,
        status: recordedStatus(row),
        ...(row === undefined ? {} : { row }),
      },
    });
  }
  return placed
    .sort((a, b) => a.position - b.position || compareText(a.date, b.date) || compareText(a.slot.visitId, b.slot.visitId))
    .map((p) => p.slot);
}
