/**
 * What happens to a visit's data after the visit day: pending labs arrive, typing slips and other values
 * are corrected with a reason, forms are completed once nothing blocks them, system queries are answered,
 * and the monitor comes (two to six weeks later) to verify values against source and raise queries that
 * the site answers and the monitor closes. Every event is queued at its own instant; causes always come
 * before their effects, so cutting the log at `today` leaves a consistent state (open queries, pending
 * labs, forms in progress).
 */
import type { FieldDraft } from '../forms';
import { draftOf, canComplete, completeRecord, itemBody, recordWrite, validated, type ItemWrite, type RecordWork, type Writer } from './record-writer';
import { localInstant, MINUTE, DAY } from './demo-time';
import type { Actor } from './timed-draft';

const EDIT_REASONS = [
  'Transcription error: corrected from the source document',
  'Laboratory issued a corrected report',
  '抄录错误，已按原始资料更正',
  'Value re-checked against the patient chart',
];

/** An instant during working hours, `days` after the visit day. */
const workingTime = (w: Writer, day: number) => localInstant(day, w.rng.uniform(9, 17.5));

/** The write a field shows at `at`: the latest one before it (writes are not kept in time order). */
function latestBefore(work: RecordWork, key: string, at: number): ItemWrite | undefined {
  let found: ItemWrite | undefined;
  for (const write of work.history.get(key) ?? []) if (write.at < at && (found === undefined || write.at > found.at)) found = write;
  return found;
}

/** Saves a field's new draft at `at` with a reason; false (nothing saved) when it would be a hard error. */
function saveChange(w: Writer, work: RecordWork, key: string, draft: FieldDraft, at: number, reason: string, allowError = false): boolean {
  const previous = work.draft[key];
  work.draft[key] = draft;
  const result = validated(work.model, work.draft, work.context);
  const entry = result.entries[key];
  const error = result.problems.some((p) => p.key === key && p.severity === 'error');
  if (entry === undefined || (error && !allowError)) {
    if (previous !== undefined) work.draft[key] = previous;
    else delete work.draft[key];
    return false;
  }
  const id = w.emit(at, work.actor, itemBody(work.place, w.subjectId, key, entry, reason));
  recordWrite(work, key, at, id, entry.status === 'value' ? 'value' : 'missing');
  return true;
}

/** Completes the record after its last change, if nothing blocks it any more and the site gets to it. */
function completeIfPossible(w: Writer, work: RecordWork, after: number): void {
  if (work.completedAt !== undefined) return;
  const result = validated(work.model, work.draft, work.context);
  if (!canComplete(result.problems) || !w.rng.chance(w.rates.formCompleted)) return;
  const warnings = result.problems.filter((p) => p.severity === 'warning' && p.confirmed !== true);
  const seen = new Set<string>();
  completeRecord(w, work, after + w.rng.int(5, 90) * MINUTE, warnings.filter((p) => (seen.has(p.key) ? false : (seen.add(p.key), true))));
}

function lastChange(work: RecordWork): number {
  let last = 0;
  for (const writes of work.history.values()) for (const write of writes) last = Math.max(last, write.at);
  return last;
}

function correctSlips(w: Writer, work: RecordWork, visitDay: number): void {
  for (const key of [...work.pending]) {
    const intended = work.intended.get(key);
    if (intended === undefined || !w.rng.chance(w.rates.pendingResolved)) continue;
    if (saveChange(w, work, key, draftOf(intended), workingTime(w, visitDay + w.rng.int(1, 3)), 'Laboratory result received')) work.pending.delete(key);
  }
  for (const key of [...work.slips]) {
    const intended = work.intended.get(key);
    if (intended === undefined || !w.rng.chance(w.rates.slipCorrected)) continue;
    const at = workingTime(w, visitDay + w.rng.int(1, 7));
    if (saveChange(w, work, key, draftOf(intended), at, 'Typing error: corrected from the source document')) work.slips.delete(key);
  }
  // Spontaneous corrections, on fields no system query will confirm (that keeps each field's story simple).
  const queried = new Set(work.systemQueries.map((q) => q.key));
  for (const field of work.model.fields) {
    if (field.kind !== 'quantity' || work.slips.has(field.key) || queried.has(field.key) || !w.rng.chance(w.rates.edit)) continue;
    const current = work.draft[field.key];
    const n = Number(current?.value);
    if (current === undefined || current.value === '' || !Number.isFinite(n)) continue;
    const changed = (n * (1 + w.rng.uniform(0.02, 0.08) * (w.rng.chance(0.5) ? 1 : -1))).toFixed(field.decimals);
    if (changed === current.value) continue;
    saveChange(w, work, field.key, { ...current, value: changed, softConfirmed: false }, workingTime(w, visitDay + w.rng.int(1, 10)), w.rng.pick(EDIT_REASONS));
  }
  if (work.history.size > 0) completeIfPossible(w, work, lastChange(work));
}

function answerSystemQueries(w: Writer, work: RecordWork, monitor: Actor, monitoringAt: number): void {
  for (const query of work.systemQueries) {
    const answeredAt = query.at + w.rng.int(1, 5) * DAY + w.rng.int(0, 300) * MINUTE;
    const draft = work.draft[query.key];
    if (draft !== undefined && w.rng.chance(0.5)) {
      saveChange(w, work, query.key, { ...draft, softConfirmed: true }, answeredAt - MINUTE, 'Value confirmed against the source document');
    }
    w.emit(answeredAt, w.nurse, { type: 'query.answered', subjectId: w.subjectId, payload: { queryId: query.queryId, text: 'Checked against the source: the value is correct.' } });
    const closedAt = monitoringAt > answeredAt ? monitoringAt + w.rng.int(1, 60) * MINUTE : answeredAt + w.rng.int(1, 5) * DAY;
    w.emit(closedAt, monitor, { type: 'query.closed', subjectId: w.subjectId, payload: { queryId: query.queryId } });
  }
}

const scope = (w: Writer, work: RecordWork, key: string) => ({
  subjectId: w.subjectId,
  visitId: work.place.visitId,
  formId: work.place.formId,
  itemId: key,
  ...(work.place.recordId === undefined ? {} : { recordId: work.place.recordId }),
});

/** One query's life: raised at `at`, answered by the site (after `respond` runs), closed by the monitor. */
function queryLife(w: Writer, monitor: Actor, work: RecordWork, key: string, at: number, text: string, respond: (answerAt: number) => string): void {
  const queryId = w.newId();
  w.emit(at, monitor, { type: 'query.opened', ...scope(w, work, key), payload: { queryId, text, system: false } });
  const answerAt = at + w.rng.int(1, 10) * DAY + w.rng.int(0, 300) * MINUTE;
  const answer = respond(answerAt - MINUTE);
  w.emit(answerAt, w.nurse, { type: 'query.answered', subjectId: w.subjectId, payload: { queryId, text: answer } });
  if (w.rng.chance(0.9)) {
    w.emit(answerAt + w.rng.int(2, 20) * DAY, monitor, { type: 'query.closed', subjectId: w.subjectId, payload: { queryId } });
  }
}

function monitor(w: Writer, monitorActor: Actor, work: RecordWork, at: number): number {
  let t = at;
  if (work.completedAt !== undefined && work.completedAt < at && w.rng.chance(w.rates.sdvForm)) {
    for (const field of work.model.fields) {
      const shown = latestBefore(work, field.key, t);
      if (shown?.kind !== 'value') continue;
      t += w.rng.int(10, 40) * 1000;
      w.emit(t, monitorActor, { type: 'sdv.set', ...scope(w, work, field.key), payload: { valueEventId: shown.eventId } });
    }
  }
  for (const field of work.model.fields) {
    const key = field.key;
    if (work.missingNoReason.has(key)) {
      if (!w.rng.chance(0.7)) continue;
      t += w.rng.int(30, 120) * 1000;
      queryLife(w, monitorActor, work, key, t, 'Required value missing: enter it, or give the reason it is missing.', (answerAt) => {
        const intended = work.intended.get(key);
        const entered = intended !== undefined && w.rng.chance(0.6) && saveChange(w, work, key, draftOf(intended), answerAt, 'Entered in response to a query');
        if (!entered) saveChange(w, work, key, draftOf({ kind: 'missing', code: 'NOT DONE' }), answerAt, 'Not available in the source document');
        work.missingNoReason.delete(key);
        completeIfPossible(w, work, answerAt);
        return entered ? 'Value entered from the source document.' : 'Not done: recorded as missing with its reason.';
      });
    } else if (latestBefore(work, key, t)?.kind === 'value' && w.rng.chance(w.rates.query)) {
      t += w.rng.int(30, 120) * 1000;
      queryLife(w, monitorActor, work, key, t, 'Please verify this value against the source document.', (answerAt) => {
        const current = work.draft[key];
        const n = Number(current?.value);
        if (field.kind === 'quantity' && current !== undefined && Number.isFinite(n) && w.rng.chance(0.2)) {
          const corrected = (n * (1 + w.rng.uniform(0.01, 0.05))).toFixed(field.decimals);
          if (corrected !== current.value && saveChange(w, work, key, { ...current, value: corrected, softConfirmed: false }, answerAt, 'Corrected after checking the source')) {
            return 'Corrected after checking the source document.';
          }
        }
        return 'Checked against the source: the value is correct.';
      });
    }
  }
  return t;
}

/** Queues the follow-up of one visit's records. */
export function followUp(w: Writer, monitorActor: Actor, visitDay: number, records: readonly RecordWork[]): void {
  for (const work of records) correctSlips(w, work, visitDay);
  const monitoringAt = localInstant(visitDay + w.rng.int(14, 45), w.rng.uniform(9, 11));
  for (const work of records) answerSystemQueries(w, work, monitorActor, monitoringAt);
  let t = monitoringAt;
  for (const work of records) t = monitor(w, monitorActor, work, t);
}
