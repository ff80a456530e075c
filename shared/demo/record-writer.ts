/**
 * Writes one record of a form as a nurse would: the answers typed into a draft, with the occasional
 * slip (a value left empty, a missing reason, a pending lab, an unusual or impossible number), parsed and
 * checked by the form engine (validateEntry), warnings confirmed or not, then saved field by field,
 * completed when the engine allows it, and unconfirmed warnings raised as system queries. What happened
 * is kept in a RecordWork so the visit's aftermath can follow up on it.
 */
import { MISSING_REASONS } from '../catalogue';
import type { DraftOf } from '../events';
import { isApplicable, validateEntry, type EntryContext, type FieldDraft, type FieldEntry, type FieldModel, type FormModel, type Problem, type StoredValue } from '../forms';
import type { Answer } from './answer';
import type { DemoRates } from './demo-options';
import { MINUTE } from './demo-time';
import type { Random } from './random';
import type { Actor, DraftBody } from './timed-draft';

export interface Writer {
  readonly subjectId: string;
  readonly rng: Random;
  readonly rates: DemoRates;
  readonly nurse: Actor;
  readonly newId: () => string;
  /** Queues an event of this subject at an instant; returns its id. */
  emit(at: number, actor: Actor, body: DraftBody): string;
}

export interface RecordPlace {
  readonly visitId: string;
  readonly formId: string;
  readonly recordId?: string;
}

export interface ItemWrite {
  readonly at: number;
  readonly eventId: string;
  readonly kind: 'value' | 'missing';
}

/** One record's state after it was written, for the follow-up. NOTE: the aftermath mutates it. */
export interface RecordWork {
  readonly model: FormModel;
  readonly place: RecordPlace;
  readonly context: EntryContext;
  readonly actor: Actor;
  /** The drafts as saved now (a field's draft changes with each later correction). */
  readonly draft: Record<string, FieldDraft>;
  /** What the site meant to type, before any slip. */
  readonly intended: ReadonlyMap<string, Answer>;
  readonly history: Map<string, ItemWrite[]>;
  readonly missingNoReason: Set<string>;
  readonly pending: Set<string>;
  readonly slips: Set<string>;
  readonly systemQueries: { readonly queryId: string; readonly key: string; readonly at: number }[];
  completedAt: number | undefined;
}

const EMPTY: FieldDraft = { value: '', unit: '', qualifier: '', missing: '', softConfirmed: false };
const LAB_FORMS = new Set(['labs']);

export const draftOf = (answer: Answer | undefined): FieldDraft =>
  answer === undefined
    ? EMPTY
    : answer.kind === 'missing'
      ? { ...EMPTY, missing: answer.code }
      : { ...EMPTY, value: answer.text, qualifier: answer.qualifier ?? '' };

const isNumeric = (field: FieldModel): field is Extract<FieldModel, { kind: 'quantity' | 'integer' }> =>
  field.kind === 'quantity' || field.kind === 'integer';

function numberText(field: Extract<FieldModel, { kind: 'quantity' | 'integer' }>, n: number): string {
  return field.kind === 'integer' ? String(Math.round(n)) : n.toFixed(field.decimals);
}

/** A value outside the soft range but inside the hard one, or undefined when the field has no room. */
function softOutlier(field: Extract<FieldModel, { kind: 'quantity' | 'integer' }>, rng: Random): string | undefined {
  const soft = field.softRange;
  const { min, max } = field.hardRange;
  const high = soft?.high !== undefined && soft.high * 1.05 < max ? Math.min(max, soft.high * rng.uniform(1.05, 1.5)) : undefined;
  const low = soft?.low !== undefined && soft.low > 0 && soft.low * 0.5 > min ? soft.low * rng.uniform(0.5, 0.95) : undefined;
  const chosen = high !== undefined && (low === undefined || rng.chance(0.6)) ? high : low;
  if (chosen === undefined) return undefined;
  const text = numberText(field, chosen);
  const n = Number(text);
  return (soft?.high !== undefined && n > soft.high) || (soft?.low !== undefined && n < soft.low) ? text : undefined;
}

/** A typing slip: the decimal point lost, beyond the hard maximum. */
function hardSlip(field: Extract<FieldModel, { kind: 'quantity' | 'integer' }>, text: string, rng: Random): string {
  const n = Number(text) * 10;
  return numberText(field, n > field.hardRange.max ? n : field.hardRange.max * rng.uniform(1.2, 3));
}

function finalReason(field: FieldModel, formId: string): 'NOT DONE' | 'UNK' | 'ASKU' | 'NASK' {
  const offered = new Set(field.missingReasons.map((m) => m.code));
  const preferred = formId === 'eq5d' || formId === 'cldq' ? 'ASKU' : formId === 'adverse-events' || formId === 'conmeds' ? 'UNK' : 'NOT DONE';
  return offered.has(preferred) ? preferred : 'NOT DONE';
}

/** The slips of one record: which answers the site did not type as meant. */
function withSlips(model: FormModel, intended: ReadonlyMap<string, Answer>, w: Writer, work: Pick<RecordWork, 'missingNoReason' | 'pending' | 'slips'>): Map<string, FieldDraft> {
  const { rng, rates } = w;
  const drafts = new Map<string, FieldDraft>();
  for (const field of model.fields) {
    const answer = intended.get(field.key);
    if (answer === undefined || answer.kind === 'missing') {
      drafts.set(field.key, draftOf(answer));
      continue;
    }
    const roll = rng.next();
    let threshold = field.required ? rates.missingNoReason : 0;
    if (roll < threshold) {
      work.missingNoReason.add(field.key);
      drafts.set(field.key, EMPTY);
      continue;
    }
    threshold += rates.missingWithReason;
    if (roll < threshold) {
      drafts.set(field.key, { ...EMPTY, missing: finalReason(field, model.id) });
      continue;
    }
    threshold += LAB_FORMS.has(model.id) && isNumeric(field) ? rates.pendingLab : 0;
    if (roll < threshold && field.missingReasons.some((m) => !MISSING_REASONS[m.code].final)) {
      work.pending.add(field.key);
      drafts.set(field.key, { ...EMPTY, missing: 'NAV' });
      continue;
    }
    let draft = draftOf(answer);
    if (isNumeric(field) && answer.qualifier === undefined) {
      const outlier = rng.chance(rates.softOutlier) ? softOutlier(field, rng) : undefined;
      if (outlier !== undefined) draft = { ...draft, value: outlier };
      else if (rng.chance(rates.hardSlip)) {
        work.slips.add(field.key);
        draft = { ...draft, value: hardSlip(field, answer.text, rng) };
      }
    }
    drafts.set(field.key, draft);
  }
  return drafts;
}

const UNREADABLE = (p: Problem) => p.code === 'draft.malformed' || p.code === 'missing.with-value' || p.code.startsWith('format.');

/** The record's entries and problems, failing loudly on an answer the engine cannot read (a demo bug). */
export function validated(model: FormModel, draft: Readonly<Record<string, FieldDraft>>, context: EntryContext) {
  const result = validateEntry(model, draft, context);
  const unreadable = result.problems.filter(UNREADABLE);
  if (unreadable.length > 0) {
    const where = unreadable.map((p) => `${p.key}=${JSON.stringify(draft[p.key])}: ${p.message.en}`).join('; ');
    throw new Error(`demo answer not accepted by the form engine on ${model.id}: ${where}`);
  }
  return result;
}

export function canComplete(problems: readonly Problem[]): boolean {
  return !problems.some((p) => p.severity === 'error' || p.severity === 'required');
}

/** The event body saving one field's entry. */
export function itemBody(place: RecordPlace, subjectId: string, key: string, entry: FieldEntry, reason?: string): DraftBody {
  const scope = { subjectId, visitId: place.visitId, formId: place.formId, itemId: key, ...(place.recordId === undefined ? {} : { recordId: place.recordId }) };
  const why = reason === undefined ? {} : { reason };
  if (entry.status === 'missing') return { type: 'item.missingReasonSet', ...scope, ...why, payload: { code: entry.reason } };
  const { status: _status, ...payload } = entry;
  const body: DraftBody = { type: 'item.valueSet', ...scope, ...why, payload: payload satisfies DraftOf<'item.valueSet'>['payload'] };
  return body;
}

export function recordWrite(work: RecordWork, key: string, at: number, eventId: string, kind: 'value' | 'missing'): void {
  const list = work.history.get(key);
  if (list === undefined) work.history.set(key, [{ at, eventId, kind }]);
  else list.push({ at, eventId, kind });
}

const formScope = (place: RecordPlace, subjectId: string) => ({
  subjectId,
  visitId: place.visitId,
  formId: place.formId,
  ...(place.recordId === undefined ? {} : { recordId: place.recordId }),
});

/** Completes the form and raises its unconfirmed warnings as system queries. */
export function completeRecord(w: Writer, work: RecordWork, at: number, warnings: readonly Problem[]): number {
  w.emit(at, work.actor, { type: 'form.completed', ...formScope(work.place, w.subjectId), payload: {} });
  work.completedAt = at;
  let t = at;
  for (const warning of warnings) {
    t += 1000;
    const queryId = w.newId();
    // Raised by the application in the session of whoever completed the form.
    w.emit(t, work.actor, systemQuery(work, w.subjectId, warning, queryId));
    work.systemQueries.push({ queryId, key: warning.key, at: t });
  }
  return t;
}

function systemQuery(work: RecordWork, subjectId: string, warning: Problem, queryId: string): DraftBody {
  return {
    type: 'query.opened',
    ...formScope(work.place, subjectId),
    itemId: warning.key,
    payload: { queryId, text: `${warning.message.en}\n${warning.message.zh}`, system: true },
  };
}

/**
 * Writes a record starting at `start`; returns the work and the instant after its last event.
 * Repeating forms get their row added first.
 */
export function writeRecord(
  w: Writer,
  model: FormModel,
  place: RecordPlace,
  intended: ReadonlyMap<string, Answer>,
  context: EntryContext,
  actor: Actor,
  start: number,
): { readonly work: RecordWork; readonly end: number; readonly values: Readonly<Record<string, StoredValue>> } {
  const work: RecordWork = {
    model,
    place,
    context,
    actor,
    draft: {},
    intended,
    history: new Map(),
    missingNoReason: new Set(),
    pending: new Set(),
    slips: new Set(),
    systemQueries: [],
    completedAt: undefined,
  };
  const drafts = withSlips(model, intended, w, work);
  for (const [key, draft] of drafts) work.draft[key] = draft;
  let result = validated(model, work.draft, context);
  let confirmedAny = false;
  for (const key of new Set(result.problems.filter((p) => p.severity === 'warning').map((p) => p.key))) {
    const draft = work.draft[key];
    if (draft !== undefined && w.rng.chance(w.rates.softConfirmed)) {
      work.draft[key] = { ...draft, softConfirmed: true };
      confirmedAny = true;
    }
  }
  if (confirmedAny) result = validated(model, work.draft, context);
  let t = start;
  if (place.recordId !== undefined) {
    w.emit(t, actor, { type: 'record.added', subjectId: w.subjectId, visitId: place.visitId, formId: place.formId, recordId: place.recordId, payload: {} });
  }
  for (const field of model.fields) {
    const entry = result.entries[field.key];
    if (entry === undefined) continue;
    if (!isApplicable(field.applicability, result.values, context.subject, new Set(model.fields.map((f) => f.key)))) {
      work.draft[field.key] = EMPTY;
      continue;
    }
    t += w.rng.int(12, 50) * 1000;
    const id = w.emit(t, actor, itemBody(place, w.subjectId, field.key, entry));
    recordWrite(work, field.key, t, id, entry.status === 'value' ? 'value' : 'missing');
  }
  if (canComplete(result.problems) && w.rng.chance(w.rates.formCompleted)) {
    const warnings = result.problems.filter((p) => p.severity === 'warning' && p.confirmed !== true);
    t = completeRecord(w, work, t + w.rng.int(20, 90) * 1000, uniqueByKey(warnings));
  }
  return { work, end: t + MINUTE, values: result.values };
}

function uniqueByKey(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => (seen.has(p.key) ? false : (seen.add(p.key), true)));
}
