/**
 * Assembles a subject's printable casebook (casebook-types.ts) from what the store holds: the subject's
 * projection rows and events, the protocol version the subject is entered under, the role's blinding and
 * today's date (for the schedule's statuses). Pure and total: unknown visits, forms or items are printed
 * with their ids rather than dropped, except where blinding requires leaving them out.
 */
import { compareConcurrent, revisionOf, type CrfEvent, type EntryRow, type QueryRow, type SignatureRow, type SubjectRow, type VisitRow } from '../events';
import type { Protocol } from '../protocol';
import { auditSummary } from './audit-summary';
import type { Bilingual, CasebookSubject, CasebookView, CasebookVisit } from './casebook-types';
import { SignatureCoverage } from './form-stage';
import { casebookQueries, casebookSignatures, type PlaceContext } from './places';
import { recordNumbers } from './record-numbers';
import { armRef, statusHistory } from './status-history';
import { visitForms } from './visit-forms';
import { visitSlots } from './visit-order';
import { visibilityFor } from './visibility';

export interface CasebookInput {
  /** The protocol version the subject's data is entered under (SubjectRow.protocolVersion). */
  readonly protocol: Protocol;
  readonly subject: SubjectRow;
  readonly visits: readonly VisitRow[];
  readonly entries: readonly EntryRow[];
  readonly queries: readonly QueryRow[];
  readonly signatures: readonly SignatureRow[];
  /** Every event of the subject, in any order. */
  readonly events: readonly CrfEvent[];
  /** True for every role that must not see the allocation. */
  readonly blinded: boolean;
  /** 'YYYY-MM-DD' at the site. */
  readonly today: string;
}

function subjectPart(input: CasebookInput): CasebookSubject {
  const { subject: s, protocol, blinded } = input;
  return {
    subjectId: s.subjectId,
    ...(s.code === undefined ? {} : { code: s.code }),
    siteId: s.siteId,
    protocolId: s.protocolId,
    protocolVersion: s.protocolVersion,
    protocolTitle: protocol.title,
    status: s.status,
    ...(s.statusDate === undefined ? {} : { statusDate: s.statusDate }),
    ...(s.statusReason === undefined ? {} : { statusReason: s.statusReason }),
    screenedOn: s.screening.screenedOn,
    screeningResult: s.screening.result,
    ...(s.sex === undefined ? {} : { sex: s.sex }),
    ...(s.birthYear === undefined ? {} : { birthYear: s.birthYear }),
    ...(s.ageYears === undefined ? {} : { ageYears: s.ageYears }),
    ...(s.day1 === undefined ? {} : { day1: s.day1 }),
    ...(s.stage === undefined ? {} : { stage: s.stage }),
    ...(s.kitNumber === undefined ? {} : { kitNumber: s.kitNumber }),
    ...(blinded || s.arm === undefined ? {} : { arm: armRef(protocol, s.arm) }),
  };
}

export function buildCasebookView(input: CasebookInput): CasebookView {
  const { protocol, subject, blinded, today } = input;
  const visibility = visibilityFor(protocol, blinded);
  const events = [...input.events].sort((a, b) => compareConcurrent(revisionOf(a), revisionOf(b)));
  // Entries of forms the role may not see do not count at all: not even as "something was recorded here".
  const entries = input.entries.filter((e) => e.subjectId === subject.subjectId && visibility.form(e.formId));
  const numbers = recordNumbers(entries);
  const signatures = new SignatureCoverage(input.signatures.filter((s) => s.subjectId === subject.subjectId));
  const byVisit = new Map<string, EntryRow[]>();
  for (const entry of entries) {
    const list = byVisit.get(entry.visitId);
    if (list === undefined) byVisit.set(entry.visitId, [entry]);
    else list.push(entry);
  }

  // A scheduled visit's row appears with its first data; a row that only data of hidden forms made says
  // nothing the role may see. Settled visits and started on-demand visits are recorded in their own right.
  const rows = input.visits.filter((r) => r.subjectId === subject.subjectId && (r.kind !== 'scheduled' || r.status !== 'pending' || byVisit.has(r.visitId)));
  const slots = visitSlots(protocol, subject, rows, byVisit.keys(), today);
  const visits: CasebookVisit[] = slots.map((slot) => {
    const row = slot.row;
    const mine = byVisit.get(slot.visitId) ?? [];
    const recorded = row !== undefined || mine.length > 0;
    return {
      visitId: slot.visitId,
      visitDefId: slot.visitDefId,
      label: slot.label,
      kind: slot.kind,
      status: slot.status,
      ...(slot.studyDay === undefined ? {} : { studyDay: slot.studyDay }),
      ...(slot.targetDate === undefined ? {} : { targetDate: slot.targetDate }),
      ...(slot.windowStart === undefined ? {} : { windowStart: slot.windowStart }),
      ...(slot.windowEnd === undefined ? {} : { windowEnd: slot.windowEnd }),
      ...(row?.startedOn === undefined ? {} : { startedOn: row.startedOn }),
      ...(row?.visitDate === undefined ? {} : { visitDate: row.visitDate }),
      ...(row?.notDoneReason === undefined ? {} : { notDoneReason: row.notDoneReason }),
      recorded,
      forms: recorded
        ? visitForms({ protocol, subject, visitId: slot.visitId, visitDefId: slot.visitDefId, entries: mine, events, visibility, signatures, numbers })
        : [],
    };
  });

  const labels = new Map<string, Bilingual>(slots.map((s) => [s.visitId, s.label]));
  const context: PlaceContext = {
    protocol,
    visibility,
    numbers,
    visitOrder: new Map(slots.map((s, i) => [s.visitId, i])),
    visitLabel: (visitId) => labels.get(visitId) ?? protocol.visits.find((v) => v.id === visitId)?.label ?? { en: visitId, zh: visitId },
  };
  return {
    blinded,
    subject: subjectPart(input),
    statusHistory: statusHistory(events, protocol, blinded),
    visits,
    queries: casebookQueries(input.queries.filter((q) => q.subjectId === subject.subjectId), context),
    signatures: casebookSignatures(input.signatures.filter((s) => s.subjectId === subject.subjectId), context),
    audit: auditSummary({ events, protocol, visibility, numbers, visitOrder: context.visitOrder, visitLabel: context.visitLabel }),
  };
}
