/**
 * A subject's visit instances as the review sees them on `today`: the scheduled visits of the subject's
 * allocation with their windows, plus every visit that has a row or data (on-demand visits, visits of
 * subjects without day 1), each with its due state (review-types.ts VisitDue). Day numbers are
 * local-date.ts's; study days have no day 0.
 */
import type { SubjectRow, VisitRow } from '../events';
import { dayNumberOfStudyDay, formatLocalDate, parseLocalDate } from '../schedule';
import type { ReviewCache } from './review-cache';
import type { Bilingual, VisitDue } from './review-types';

export interface VisitInstance {
  readonly visitId: string;
  readonly visitDefId: string;
  readonly label: Bilingual;
  readonly due: VisitDue;
  /** Unscheduled or early termination: no form is expected, only started ones are checked. */
  readonly onDemand: boolean;
  /** Sorts the subject's visits: scheduled by target day, then on-demand by start date. */
  readonly order: string;
  readonly windowStart?: string;
  readonly windowEnd?: string;
  readonly visitDate?: string;
}

/** Statuses after which a subject has no further visits. */
const LEFT_STUDY: ReadonlySet<string> = new Set(['died', 'liver-transplant', 'withdrawn', 'lost-to-follow-up', 'completed']);

const pad = (n: number) => String(n + 100_000).padStart(7, '0');

function scheduledDue(row: VisitRow | undefined, windowStart: number, windowEnd: number, today: number, leftOn: number | undefined): VisitDue {
  if (row?.status === 'done') return 'done';
  if (row?.status === 'not-done') return 'not-done';
  if (leftOn !== undefined && leftOn < windowStart) return 'not-expected';
  if (today > windowEnd) return 'window-closed';
  return today >= windowStart ? 'open' : 'upcoming';
}

const recordedDue = (row: VisitRow | undefined): VisitDue =>
  row?.status === 'done' ? 'done' : row?.status === 'not-done' ? 'not-done' : 'started';

const visitDateOf = (row: VisitRow | undefined) => (row?.visitDate === undefined ? {} : { visitDate: row.visitDate });

export function visitInstances(
  cache: ReviewCache,
  subject: SubjectRow,
  rows: ReadonlyMap<string, VisitRow>,
  entries: ReadonlyMap<string, unknown>,
  today: number,
): VisitInstance[] {
  const day1 = subject.day1 === undefined ? undefined : parseLocalDate(subject.day1);
  const leftOn = LEFT_STUDY.has(subject.status) && subject.statusDate !== undefined ? parseLocalDate(subject.statusDate) : undefined;
  const out: VisitInstance[] = [];
  const seen = new Set<string>();
  cache.scheduleOf(subject.arm, subject.stage).forEach((template, index) => {
    const id = template.visit.id;
    const row = rows.get(id);
    if (day1 === undefined) return; // without day 1 only visits with rows or data are listed, below
    seen.add(id);
    const target = dayNumberOfStudyDay(day1, template.day);
    const start = target - template.before;
    const end = target + template.after;
    out.push({
      visitId: id,
      visitDefId: id,
      label: template.visit.label,
      due: scheduledDue(row, start, end, today, leftOn),
      onDemand: false,
      order: `a${pad(index)}`,
      windowStart: formatLocalDate(start),
      windowEnd: formatLocalDate(end),
      ...visitDateOf(row),
    });
  });
  const recorded = new Set<string>([...rows.keys(), ...entries.keys()]);
  for (const visitId of recorded) {
    if (seen.has(visitId)) continue;
    const row = rows.get(visitId);
    const visitDefId = row?.visitDefId ?? visitId;
    const definition = cache.visitDefinition(visitDefId);
    const onDemand = row !== undefined && row.kind !== 'scheduled';
    out.push({
      visitId,
      visitDefId,
      label: definition?.label ?? { en: visitDefId, zh: visitDefId },
      due: recordedDue(row),
      onDemand,
      order: onDemand ? `c${row.startedOn ?? ''} ${visitId}` : `b${pad(cache.visitOrder(visitDefId))} ${visitId}`,
      ...visitDateOf(row),
    });
  }
  return out.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
}
